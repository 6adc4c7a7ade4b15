package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.framewright.dsl.validation.IssueCodes;
import org.framewright.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The frameworks of language.md and examples/ parse and validate as the design says.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FramewrightInjectorProvider.class)
class ExamplesTest {

	@Inject
	private ParseHelper<Framework> parser;

	@Inject
	private ValidationTestHelper validation;

	static String example(String name) throws IOException {
		return Files.readString(Path.of("../../examples", name), StandardCharsets.UTF_8);
	}

	@Test
	void smeAlliancesHasNoProblems() throws Exception {
		Framework framework = parser.parse(example("sme-alliances.fwk"));
		validation.assertNoIssues(framework);
		assertEquals(3, framework.getConstructs().size());
		assertEquals(4, framework.getHypotheses().size());
		assertTrue(framework.getConstructs().get(0).getItems().get(3).isReversed());
	}

	@Test
	void smePartnershipsReportsExactlyTheFindingsOfTheDesign() throws Exception {
		Framework framework = parser.parse(example("sme-partnerships.fwk"));
		List<Issue> issues = validation.validate(framework);
		List<String> codes = issues.stream().map(Issue::getCode).sorted().toList();
		assertEquals(List.of(IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED, IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED,
				IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED, IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED,
				IssueCodes.SAMPLE_TOO_SMALL_FOR_PARAMETERS, IssueCodes.TOO_FEW_ITEMS), codes, issues.toString());
		assertEquals(17, framework.getConstructs().stream().mapToInt(c -> c.getItems().size()).sum());
	}
}
