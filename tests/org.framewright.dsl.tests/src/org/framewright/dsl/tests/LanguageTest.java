package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.framewright.model.Framework;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Base of the tests written in the language: a framework in a text block in, issues out.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FramewrightInjectorProvider.class)
abstract class LanguageTest {

	/** A header and a scale that most test frameworks share. */
	static final String HEADER = """
			framework T "Test"
			scale Five likert 5
			""";

	/** Three reflective constructs with three items each, for tests about hypotheses. */
	static final String XMY = HEADER + """
			construct X "X" scale Five { item X1 "x1" item X2 "x2" item X3 "x3" }
			construct M "M" scale Five { item M1 "m1" item M2 "m2" item M3 "m3" }
			construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }
			""";

	@Inject
	ParseHelper<Framework> parser;

	@Inject
	ValidationTestHelper validation;

	Framework parse(String text) {
		try {
			Framework framework = parser.parse(text);
			assertTrue(framework != null, "no framework parsed");
			return framework;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	List<Issue> issues(String text) {
		return validation.validate(parse(text));
	}

	/** The issue codes, sorted, of a framework text. */
	List<String> codes(String text) {
		return issues(text).stream().map(Issue::getCode).sorted().toList();
	}

	/** The one issue with a code; fails unless there is exactly one. */
	Issue only(String text, String code) {
		List<Issue> matching = issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, matching.size(), () -> "expected one " + code + " in " + issues(text));
		return matching.get(0);
	}

	void assertIssue(String text, String code, Severity severity, int line, String messagePart) {
		Issue issue = only(text, code);
		assertEquals(severity, issue.getSeverity(), issue::toString);
		assertEquals(line, issue.getLineNumber(), issue::toString);
		assertTrue(issue.getMessage().contains(messagePart), () -> issue.getMessage() + " lacks " + messagePart);
	}

	void assertNoIssue(String text, String code) {
		List<Issue> found = issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(found.isEmpty(), () -> "unexpected " + found);
	}
}
