package org.framewright.dsl.tests;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

/**
 * The canonical layout, as before/after pairs.
 */
class FormatterTest extends LanguageTest {

	@Inject
	private FormatterTestHelper formatter;

	private void assertFormatted(String before, String after) {
		formatter.assertFormatted(request -> {
			// the helper brings its own preferences; these are the language's defaults
			request.preferences(preferences -> preferences.put(FormatterPreferenceKeys.indentation, "    "));
			request.setToBeFormatted(before);
			request.setExpectation(after);
		});
	}

	@Test
	void putsOneDeclarationPerLineWithSingleSpaces() {
		assertFormatted("""
				framework   T "Test"   source "s"
				scale Five   likert 5 construct X "X" scale Five {item X1 "x1"    item X2 "x2" item X3 "x3"}
				construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }
				hypothesis H1 :X->Y   positive "stated"
				""", """
				framework T "Test"
				    source "s"
				scale Five likert 5
				construct X "X" scale Five {
				    item X1 "x1"
				    item X2 "x2"
				    item X3 "x3"
				}
				construct Y "Y" scale Five {
				    item Y1 "y1"
				    item Y2 "y2"
				    item Y3 "y3"
				}
				hypothesis H1: X -> Y positive "stated"
				""");
	}

	@Test
	void keepsOneBlankLineAndComments() {
		assertFormatted("""
				framework T "Test"



				// the scale
				scale Five likert 5
				group G "G" { A , B }
				""", """
				framework T "Test"

				// the scale
				scale Five likert 5
				group G "G" { A, B }
				""");
	}

	@Test
	void indentsPlanEntries() {
		assertFormatted("""
				framework T "Test"
				plan { sample 200 alpha 0.05 effect H1 0.3   reliability  of X 0.85 loading of X1 0.8 }
				""", """
				framework T "Test"
				plan {
				    sample 200
				    alpha 0.05
				    effect H1 0.3
				    reliability of X 0.85
				    loading of X1 0.8
				}
				""");
	}
}
