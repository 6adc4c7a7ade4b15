package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/**
 * Formatting through the protocol applies the language's formatter: one declaration per line, items on lines of
 * their own, single spaces.
 */
class FormattingTest extends LanguageServerTest {

	private static final String MESSY = """
			framework   Messy "A badly formatted framework"   sample 200
			scale Five likert 5
			construct X "X"   scale Five {item X1 "x1"    item X2 "x2" item X3 "x3"}   construct Y "Y" scale Five {
			item Y1 "y1" item Y2 "y2"
			      item Y3 "y3" }
			hypothesis H1 :   X ->   Y positive
			""";

	@Test
	void aBadlyFormattedFileIsLaidOutCanonically() throws Exception {
		open("messy.fwk", MESSY);
		List<? extends TextEdit> edits = format("messy.fwk");
		assertFalse(edits.isEmpty());
		String formatted = TextEdits.apply(MESSY, edits);
		List<String> lines = formatted.lines().toList();
		assertTrue(lines.contains("hypothesis H1: X -> Y positive"), formatted);
		assertTrue(lines.contains("construct X \"X\" scale Five {"), formatted);
		assertTrue(lines.contains("    item X2 \"x2\""), formatted);
		assertTrue(lines.contains("    item Y3 \"y3\""), formatted);
		assertTrue(lines.contains("    sample 200"), formatted);
		change("messy.fwk", formatted);
		assertEquals(formatted, TextEdits.apply(formatted, format("messy.fwk")), "formatting twice changes nothing");
	}

	@Test
	void theSurveyBlockHasAnOptionPerLine() throws Exception {
		String messy = """
				framework S "S"
				scale Five likert 5
				construct X "X" scale Five { item X1 "x1" item X2 "x2" item X3 "x3" }
				survey { title "T"   consent "I agree." randomize items attention checks 2 languages ms ,  ar }
				""";
		open("survey.fwk", messy);
		String formatted = TextEdits.apply(messy, format("survey.fwk"));
		List<String> lines = formatted.lines().toList();
		int start = lines.indexOf("survey {");
		assertTrue(start >= 0, formatted);
		assertEquals(List.of("survey {", "    title \"T\"", "    consent \"I agree.\"", "    randomize items", "    attention checks 2",
				"    languages ms, ar", "}"), lines.subList(start, start + 7), formatted);
		change("survey.fwk", formatted);
		assertEquals(formatted, TextEdits.apply(formatted, format("survey.fwk")), "formatting twice changes nothing");
	}

	@Test
	void thePlanHasAnEntryPerLine() throws Exception {
		String messy = """
				framework P "P"
				scale Five likert 5
				construct X "X" scale Five { item X1 "x1" item X2 "x2" item X3 "x3" }
				construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }
				hypothesis H1: X -> Y positive
				plan { sample 200  reliability   of X 0.85 effect H1 0.3 loading of Y1 0.8 }
				""";
		open("plan.fwk", messy);
		String formatted = TextEdits.apply(messy, format("plan.fwk"));
		List<String> lines = formatted.lines().toList();
		int start = lines.indexOf("plan {");
		assertTrue(start >= 0, formatted);
		assertEquals(List.of("plan {", "    sample 200", "    reliability of X 0.85", "    effect H1 0.3", "    loading of Y1 0.8", "}"),
				lines.subList(start, start + 6), formatted);
		change("plan.fwk", formatted);
		assertEquals(formatted, TextEdits.apply(formatted, format("plan.fwk")), "formatting twice changes nothing");
	}

	private List<? extends TextEdit> format(String file) throws Exception {
		return await(server.getTextDocumentService().formatting(new DocumentFormattingParams(document(file), new FormattingOptions(4, true))));
	}
}
