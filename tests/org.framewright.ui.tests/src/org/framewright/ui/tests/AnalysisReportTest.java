package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
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
		Studio.waitUntil("the verdict table is in the browser", () -> Studio.number(view, "document.querySelectorAll('#verdicts tr').length") == 5);
		assertEquals(4, Studio.number(view, "document.querySelectorAll('#verdicts td.supported').length"), "H1-H4 supported on the sample data");
	}

	@Test
	void thePublishedTableOfExampleBShowsH3OfTheOppositeSign() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_B);
		Path report = AnalyseDataHandler.analyse(editor, EXAMPLES.resolve("sme-partnerships-correlations.txt").toAbsolutePath(), 152, foreign -> false);
		AnalysisReportView view = AnalyseDataHandler.show(Studio.page(), report);
		Studio.waitUntil("the verdict table is in the browser", () -> Studio.number(view, "document.querySelectorAll('#verdicts tr').length") == 6);
		assertEquals(1, Studio.number(view, "document.querySelectorAll('#verdicts td.opposite-sign').length"));
	}

	/** With a progress context, raw responses are bootstrapped under a monitor that sees every draw. */
	@Test
	void aBootstrapReportsItsProgressToTheMonitor() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		RecordingMonitor monitor = new RecordingMonitor();
		Path report = AnalyseDataHandler.analyse(editor, EXAMPLES.resolve("sme-alliances-responses.csv").toAbsolutePath(), null, monitor.context(),
				foreign -> false);
		assertTrue(Files.readString(report).contains("id=\"bootstrap\""), "the bootstrap's intervals in the report");
		assertEquals(AnalyseDataHandler.PROGRESS_UNITS, monitor.worked, "the monitor saw the whole bootstrap");
		assertTrue(monitor.task.contains("5000 bootstrap draws"), monitor.task);
	}

	/** A cancelled monitor stops the bootstrap, and nothing is written. */
	@Test
	void aCancelledBootstrapWritesNothing() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		IProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		IRunnableContext context = (fork, cancelable, runnable) -> runnable.run(cancelled);
		AnalyseDataHandler.AnalysisRefused refused = assertThrows(AnalyseDataHandler.AnalysisRefused.class,
				() -> AnalyseDataHandler.analyse(editor, EXAMPLES.resolve("sme-alliances-responses.csv").toAbsolutePath(), null, context, foreign -> false));
		assertTrue(refused.getMessage().contains("cancelled"), refused.getMessage());
	}

}
