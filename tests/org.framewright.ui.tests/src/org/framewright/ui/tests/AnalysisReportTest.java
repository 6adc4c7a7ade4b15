package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.ui.analysis.AnalyseDataHandler;
import org.framewright.ui.analysis.AnalysisReportView;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Analyse Data: the hypotheses judged on data, the report written into the project and shown in the embedded browser. */
class AnalysisReportTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("framewright.examples", "../../examples"));

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void responsesGiveAReportWithEveryVerdictInTheBrowser() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		Path report = AnalyseDataHandler.analyse(editor, EXAMPLES.resolve("sme-alliances-responses.csv").toAbsolutePath(), null, foreign -> false);
		assertTrue(Files.readString(report).contains("<p id=\"fit\">"), "the structural equation model's fit");
		AnalysisReportView view = AnalyseDataHandler.show(Studio.page(), report);
		assertTrue(view.browser() != null, "the Studio has an embedded browser (WebKitGTK)");
		Studio.waitUntil("the verdict table is in the browser", () -> number(view, "document.querySelectorAll('#verdicts tr').length") == 5);
		assertEquals(4, number(view, "document.querySelectorAll('#verdicts td.supported').length"), "H1-H4 supported on the sample data");
	}

	@Test
	void thePublishedTableOfExampleBShowsH3OfTheOppositeSign() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_B);
		Path report = AnalyseDataHandler.analyse(editor, EXAMPLES.resolve("sme-partnerships-correlations.txt").toAbsolutePath(), 152, foreign -> false);
		AnalysisReportView view = AnalyseDataHandler.show(Studio.page(), report);
		Studio.waitUntil("the verdict table is in the browser", () -> number(view, "document.querySelectorAll('#verdicts tr').length") == 6);
		assertEquals(1, number(view, "document.querySelectorAll('#verdicts td.opposite-sign').length"));
	}

	private static double number(AnalysisReportView view, String expression) {
		try {
			Object n = view.browser().evaluate("return " + expression + ";");
			return n instanceof Number number ? number.doubleValue() : -1;
		} catch (org.eclipse.swt.SWTException e) {
			return -1;
		}
	}
}
