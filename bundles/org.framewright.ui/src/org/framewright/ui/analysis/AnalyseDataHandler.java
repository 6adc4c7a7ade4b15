package org.framewright.ui.analysis;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.analysis.AnalysisOptions;
import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.study.StudyResults;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.workbench.StudioPreferences;

/**
 * Analyse Data: asks for a data file (the questionnaire's responses, or a correlation table and its number of
 * cases), judges the hypotheses of the active framework on it, writes the report into the project's output folder
 * and shows it in the Analysis Report view.
 */
public final class AnalyseDataHandler extends AbstractHandler {

	public static final String COMMAND = "org.framewright.ui.analyseData";

	/** The progress monitor's units for a whole analysis. */
	public static final int PROGRESS_UNITS = 1000;

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof FrameworkEditor editor) || editor.snapshot() == null || editor.snapshot().framework() == null) {
			MessageDialog.openInformation(shell, "Analyse Data", "Open a framework (.fwk) in the editor first.");
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Data to analyse: responses (CSV) or a correlation table");
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.tsv", "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path data = Path.of(chosen);
		Integer cases = null;
		if (!StudyReport.looksLikeResponses(data, editor.snapshot().framework())) {
			InputDialog n = new InputDialog(shell, "Analyse Data", "The file is a correlation or covariance table. How many cases is it based on?", "",
					text -> text.strip().matches("[1-9][0-9]*") && Integer.parseInt(text.strip()) > 1 ? null : "A whole number above 1.");
			if (n.open() != Window.OK) {
				return null;
			}
			cases = Integer.parseInt(n.getValue().strip());
		}
		try {
			Path report = analyse(editor, data, cases, new ProgressMonitorDialog(shell), files -> MessageDialog.openQuestion(shell, "Analyse Data",
					"The output folder holds files Framewright did not write:\n" + String.join("\n", files) + "\n\nOverwrite them?"));
			if (report != null) {
				show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), report);
			}
		} catch (AnalysisRefused e) {
			MessageDialog.openError(shell, "Analyse Data", e.getMessage());
		}
		return null;
	}

	/** Why there is no report, in words for the researcher. */
	public static final class AnalysisRefused extends Exception {
		private static final long serialVersionUID = 1L;

		AnalysisRefused(String message) {
			super(message);
		}
	}

	/** Asks whether files Framewright did not write may be overwritten. */
	public interface OverwriteQuestion {
		boolean allow(List<String> foreignFiles);
	}

	/**
	 * Analyses the data ({@code cases} null for raw responses) and writes the report into the output folder; returns
	 * the report's path, or null if the researcher declined to overwrite. Without a bootstrap.
	 */
	public static Path analyse(FrameworkEditor editor, Path data, Integer cases, OverwriteQuestion overwrite) throws AnalysisRefused {
		return analyse(editor, data, cases, null, overwrite);
	}

	/**
	 * As {@link #analyse(FrameworkEditor, Path, Integer, OverwriteQuestion)}; with a runnable context (a progress
	 * dialog), raw responses are also bootstrapped with the draws and seed of the preferences, on every core, under
	 * a cancellable progress monitor.
	 */
	public static Path analyse(FrameworkEditor editor, Path data, Integer cases, IRunnableContext context, OverwriteQuestion overwrite)
			throws AnalysisRefused {
		Framework framework = ProjectReports.framework(editor, "analysing data");
		Result<StudyResults> results = cases != null ? StudyReport.analyseTable(framework, data, cases)
				: context == null ? StudyReport.analyseResponses(framework, data) : bootstrapped(framework, data, context);
		if (!results.isOk() && results.problems().stream().anyMatch(p -> StatsIssueCodes.BOOTSTRAP_CANCELLED.equals(p.code()))) {
			throw new AnalysisRefused("The analysis was cancelled; nothing was written.");
		}
		if (!results.isOk()) {
			throw new AnalysisRefused("The data cannot be analysed:\n" + StudyReport.describe(results.problems()));
		}
		return ProjectReports.write(editor, StudyReport.report(framework, results.get()), overwrite);
	}

	/** The analysis of raw responses with the preferences' bootstrap, run in the context's cancellable progress monitor. */
	static Result<StudyResults> bootstrapped(Framework framework, Path data, IRunnableContext context) throws AnalysisRefused {
		AnalysisOptions preferences = StudioPreferences.analysisOptions();
		BootstrapOptions options = new BootstrapOptions(preferences.bootstrapDraws(), preferences.seed(), Runtime.getRuntime().availableProcessors());
		AtomicReference<Result<StudyResults>> outcome = new AtomicReference<>();
		try {
			context.run(true, true, monitor -> {
				// In thousandths: the bootstrap's total also counts the jackknife fits of its BCa intervals.
				monitor.beginTask("Analysing " + data.getFileName() + " with " + options.draws() + " bootstrap draws", PROGRESS_UNITS);
				outcome.set(StudyReport.analyseResponses(framework, data, options, new MonitorProgress(monitor, PROGRESS_UNITS)));
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			throw new AnalysisRefused("The analysis failed: " + e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AnalysisRefused("The analysis was interrupted.");
		}
		return outcome.get();
	}

	/** Shows a report in the Analysis Report view. */
	public static AnalysisReportView show(IWorkbenchPage page, Path report) {
		try {
			AnalysisReportView view = (AnalysisReportView) page.showView(AnalysisReportView.ID);
			view.show(report);
			return view;
		} catch (PartInitException e) {
			return null;
		}
	}
}
