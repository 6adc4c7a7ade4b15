package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.framewright.stats.power.PowerSettings;
import org.framewright.ui.analysis.AnalyseDataHandler;
import org.framewright.ui.analysis.AnalysisReportView;
import org.framewright.ui.analysis.PowerAnalysisHandler;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Power Analysis in the Studio: example (d)'s plan simulated under a progress monitor that sees every replication,
 * the report with its power curves written into the project and shown in the embedded browser; a cancelled monitor
 * stops it and nothing is written.
 */
class PowerAnalysisStudioTest {

	/** Two sample sizes and few replications: the monitor and the report, not the powers, are under test here. */
	private static final PowerSettings SMALL = new PowerSettings(List.of(100, 300), 80, 5, 2, 500);

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void thePlanIsSimulatedUnderAMonitorAndItsReportShown() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_D);
		RecordingMonitor monitor = new RecordingMonitor();
		Path report = PowerAnalysisHandler.simulate(editor, SMALL, monitor.context(), foreign -> false);
		assertEquals(2 * 80, monitor.total, "the monitor is told of every replication");
		assertEquals(monitor.total, monitor.worked, "and sees them all done");
		String html = Files.readString(report);
		assertTrue(report.getFileName().toString().equals("SerialMediation-power.html"), report.toString());
		assertTrue(html.contains("id=\"power-curve\"") && html.contains("<table id=\"power\">"), "the curves and the table");
		AnalysisReportView view = AnalyseDataHandler.show(Studio.page(), report);
		Studio.waitUntil("the power table is in the browser", () -> Studio.number(view, "document.querySelectorAll('#power tr').length") == 3);
	}

	@Test
	void aCancelledPowerAnalysisWritesNothing() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_D);
		IProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		IRunnableContext context = (fork, cancelable, runnable) -> runnable.run(cancelled);
		AnalyseDataHandler.AnalysisRefused refused = assertThrows(AnalyseDataHandler.AnalysisRefused.class,
				() -> PowerAnalysisHandler.simulate(editor, new PowerSettings(List.of(100, 200, 300), 2000, 5, 2, 500), context, foreign -> false));
		assertTrue(refused.getMessage().contains("cancelled"), refused.getMessage());
		assertEquals(List.of(), powerReports(Path.of(editor.file()).getParent()), "no report was written");
	}

	@Test
	void aFrameworkWithoutAPlanIsRefusedWithTheReason() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		AnalyseDataHandler.AnalysisRefused refused = assertThrows(AnalyseDataHandler.AnalysisRefused.class,
				() -> PowerAnalysisHandler.simulate(editor, SMALL, (fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor()),
						foreign -> false));
		assertTrue(refused.getMessage().contains("plan"), refused.getMessage());
	}

	private static List<Path> powerReports(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith("-power.html")).toList();
		}
	}

}
