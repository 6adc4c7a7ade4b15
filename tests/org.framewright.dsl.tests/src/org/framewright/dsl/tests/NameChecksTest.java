package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.framewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

class NameChecksTest extends LanguageTest {

	@Test
	void duplicateConstructNameIsAnError() {
		assertIssue(XMY + """
				construct X "Again" scale Five { item Z1 "z1" item Z2 "z2" item Z3 "z3" }
				""", IssueCodes.DUPLICATE_NAME, Severity.ERROR, 6, "already declared as a construct on line 3");
	}

	@Test
	void controlNamedLikeAConstructIsAnError() {
		assertIssue(XMY + "control Y \"Y again\" numeric\n", IssueCodes.DUPLICATE_NAME, Severity.ERROR, 6, "'Y'");
	}

	@Test
	void duplicateHypothesisNameIsAnError() {
		assertIssue(XMY + """
				hypothesis H1: X -> M positive
				hypothesis H1: M -> Y positive
				""", IssueCodes.DUPLICATE_NAME, Severity.ERROR, 7, "'H1'");
	}

	@Test
	void itemCodeUsedTwiceIsAnError() {
		assertIssue(HEADER + """
				construct X "X" scale Five { item A1 "a" item A2 "b" item A3 "c" }
				construct Y "Y" scale Five { item B1 "a" item B2 "b" item A1 "c" }
				hypothesis H1: X -> Y positive
				""", IssueCodes.DUPLICATE_ITEM_CODE, Severity.ERROR, 4, "'A1'");
	}

	@Test
	void itemCodesDifferingOnlyInCaseAreAWarning() {
		assertIssue(HEADER + """
				construct X "X" scale Five { item A1 "a" item a1 "b" item A3 "c" }
				construct Y "Y" scale Five { item B1 "a" item B2 "b" item B3 "c" }
				hypothesis H1: X -> Y positive
				""", IssueCodes.ITEM_CODES_DIFFER_ONLY_IN_CASE, Severity.WARNING, 3, "differ only in case");
	}

	@Test
	void distinctNamesAreSilent() {
		assertEquals(java.util.List.of(), codes(XMY + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation
				"""));
	}

	@Test
	void unresolvedReferenceSaysWhatIsMissing() {
		assertIssue(XMY + "hypothesis H1: X -> Q positive\n", IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 6,
				"No construct named 'Q'");
	}

	@Test
	void unresolvedScaleIsReported() {
		assertIssue(HEADER + "construct X \"X\" scale Seven { item A1 \"a\" item A2 \"b\" item A3 \"c\" }\n",
				IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 3, "No scale named 'Seven'");
	}
}
