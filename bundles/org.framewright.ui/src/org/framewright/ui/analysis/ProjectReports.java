package org.framewright.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.model.generation.OutputFolder;
import org.framewright.ui.analysis.AnalyseDataHandler.AnalysisRefused;
import org.framewright.ui.analysis.AnalyseDataHandler.OverwriteQuestion;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.workbench.StudioPreferences;

/**
 * What the Studio's analyses share: the framework of the active editor, saved and free of errors, and a report
 * written into its project's output folder (atomically, and over a file Framewright did not write only if the
 * researcher agrees).
 */
final class ProjectReports {

	private ProjectReports() {
	}

	/** The editor's framework, saved and reparsed; refused, with the count, while it has errors. */
	static Framework framework(FrameworkEditor editor, String doing) throws AnalysisRefused {
		if (editor.isDirty()) {
			editor.doSave(null);
		}
		long errors = editor.session().client().diagnostics(DocumentUris.of(editor.file())).stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count();
		editor.reparseNow();
		Framework framework = editor.snapshot().framework();
		if (errors > 0 || framework == null) {
			throw new AnalysisRefused("The framework has " + errors + (errors == 1 ? " error" : " errors") + " (see the Problems view); fix them before "
					+ doing + ".");
		}
		return framework;
	}

	/** Writes a report into the output folder of the editor's project; its path, or null if the researcher declined to overwrite. */
	static Path write(FrameworkEditor editor, GeneratedFile report, OverwriteQuestion overwrite) throws AnalysisRefused {
		IFile source = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(editor.file())[0];
		IContainer project = source.getProject();
		Path folder = project.getLocation().toFile().toPath().resolve(StudioPreferences.outputFolder());
		OutputFolder output = new OutputFolder(folder);
		try {
			List<String> foreign = output.foreignFiles(List.of(report));
			if (!foreign.isEmpty() && !overwrite.allow(foreign)) {
				return null;
			}
			output.write(List.of(report));
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (IOException | CoreException e) {
			throw new AnalysisRefused("Could not write to " + folder + ": " + e.getMessage());
		}
		return folder.resolve(report.relativePath());
	}
}
