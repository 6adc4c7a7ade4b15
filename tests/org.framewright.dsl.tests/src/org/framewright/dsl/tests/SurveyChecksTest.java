package org.framewright.dsl.tests;

import org.eclipse.xtext.diagnostics.Severity;
import org.framewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

class SurveyChecksTest extends LanguageTest {

	private static final String TRANSLATED = HEADER + """
			construct X "X" scale Five {
			    item X1 "x1" translation ms "x1 ms"
			    item X2 "x2" translation ms "x2 ms"
			    item X3 "x3"
			}
			""";

	@Test
	void aLanguageNoItemIsTranslatedIntoIsAWarning() {
		assertIssue(TRANSLATED + "survey { languages zh }\n", IssueCodes.SURVEY_LANGUAGE_UNTRANSLATED, Severity.WARNING, 8, "No item is translated into 'zh'");
	}

	@Test
	void untranslatedItemsAreNamed() {
		assertIssue(TRANSLATED + "survey { languages ms }\n", IssueCodes.SURVEY_LANGUAGE_UNTRANSLATED, Severity.WARNING, 8,
				"1 of 3 items have no 'ms' translation (X3)");
	}

	@Test
	void aFullyTranslatedLanguageIsFine() {
		assertNoIssue(HEADER + """
				construct X "X" scale Five { item X1 "x1" translation ms "a" item X2 "x2" translation ms "b" item X3 "x3" translation ms "c" }
				survey { languages ms attention checks 2 }
				""", IssueCodes.SURVEY_LANGUAGE_UNTRANSLATED);
	}

	@Test
	void tooManyAttentionChecksAreAnError() {
		assertIssue(TRANSLATED + "survey { attention checks 50 }\n", IssueCodes.INVALID_SURVEY, Severity.ERROR, 8, "at most 20");
	}
}
