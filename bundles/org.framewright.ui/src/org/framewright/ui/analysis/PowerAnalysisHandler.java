package org.framewright.ui.analysis;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.power.PowerAnalysis;
import org.framewright.stats.power.PowerReport;
import org.framewright.stats.power.PowerResults;
import org.framewright.stats.power.PowerSettings;
import org.framewright.ui.analysis.AnalyseDataHandler.AnalysisRefused;
import org.framewright.ui.analysis.AnalyseDataHandler.OverwriteQuestion;
import org.framewright.ui.editor.FrameworkEditor;

/**
 * Power Analysis: simulates the study plan of the active framework as {@code framework power} does with its defaults
 * (1,000 replications at every N from 100 to 1,000 in steps of 50 and at the plan's N, on every core) under a
 * cancellable progress monitor, writes {@code <Name>-power.html} with the power curves into the project's output
 * folder and shows it in the Analysis Report view.
 */
public final class PowerAnalysisHandler extends AbstractHandler {

	public static final String COMMAND = "org.framewright.ui.powerAnalysis";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof FrameworkEditor editor) || editor.snapshot() == null || editor.snapshot().framework() == null) {
			MessageDialog.openInformation(shell, "Power Analysis", "Open a framework (.fwk) in the editor first.");
			return null;
		}
		try {
			Path report = simulate(editor, null, new ProgressMonitorDialog(shell), files -> MessageDialog.openQuestion(shell, "Power Analysis",
					"The output folder holds files Framewright did not write:\n" + String.join("\n", files) + "\n\nOverwrite them?"));
			if (report != null) {
				AnalyseDataHandler.show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), report);
			}
		} catch (AnalysisRefused e) {
			MessageDialog.openError(shell, "Power Analysis", e.getMessage());
		}
		return null;
	}

	/**
	 * Simulates the editor's framework with the given settings (null: the defaults, on every core) in the context's
	 * cancellable progress monitor and writes the report into the output folder; returns its path, or null if the
	 * researcher declined to overwrite.
	 */
	public static Path simulate(FrameworkEditor editor, PowerSettings settings, IRunnableContext context, OverwriteQuestion overwrite)
			throws AnalysisRefused {
		Framework framework = ProjectReports.framework(editor, "simulating its power");
		if (framework.getPlan() == null || framework.getPlan().getEffects().isEmpty()) {
			throw new AnalysisRefused("A power analysis simulates the effects the study expects; state them in the framework's plan,"
					+ " e.g. plan { sample 300 effect H1 0.3 }.");
		}
		PowerSettings chosen = settings != null ? settings : PowerSettings.defaults(framework, Runtime.getRuntime().availableProcessors());
		Result<PowerResults> results = run(framework, chosen, context);
		if (!results.isOk() && results.problems().stream().anyMatch(p -> StatsIssueCodes.POWER_CANCELLED.equals(p.code()))) {
			throw new AnalysisRefused("The power analysis was cancelled; nothing was written.");
		}
		if (!results.isOk()) {
			throw new AnalysisRefused("The plan cannot be simulated:\n" + StudyReport.describe(results.problems()));
		}
		GeneratedFile report = GeneratedFile.text(framework.getName() + "-power.html", PowerReport.html(framework, results.get()));
		return ProjectReports.write(editor, report, overwrite);
	}

	private static Result<PowerResults> run(Framework framework, PowerSettings settings, IRunnableContext context) throws AnalysisRefused {
		int total = settings.sampleSizes().size() * settings.replications();
		AtomicReference<Result<PowerResults>> outcome = new AtomicReference<>();
		try {
			context.run(true, true, monitor -> {
				monitor.beginTask("Simulating " + settings.replications() + " samples at each of " + settings.sampleSizes().size() + " sample sizes",
						total);
				outcome.set(PowerAnalysis.run(framework, settings, new MonitorProgress(monitor, total)));
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			throw new AnalysisRefused("The power analysis failed: " + e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AnalysisRefused("The power analysis was interrupted.");
		}
		return outcome.get();
	}
}
