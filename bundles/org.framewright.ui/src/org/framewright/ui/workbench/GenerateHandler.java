package org.framewright.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.model.generation.OutputFolder;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.language.DocumentUris;

/**
 * Generate: runs one contributed generator, or all, on the framework of the active editor, and writes what they
 * make into the output folder of its project, all or nothing. A framework with errors is refused; files in the
 * output folder that Framewright did not write are overwritten only if the researcher agrees.
 */
public final class GenerateHandler extends AbstractHandler {

	public static final String COMMAND = "org.framewright.ui.generate";
	public static final String PARAMETER = "org.framewright.ui.generator";
	public static final String ALL = "all";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof FrameworkEditor editor) || editor.snapshot() == null || editor.snapshot().framework() == null) {
			MessageDialog.openInformation(shell, "Generate", "Open a framework (.fwk) in the editor first.");
			return null;
		}
		String chosen = event.getParameter(PARAMETER);
		try {
			Path written = generate(editor, chosen == null ? ALL : chosen, files -> MessageDialog.openQuestion(shell, "Generate",
					"The output folder holds files Framewright did not write:\n" + String.join("\n", files) + "\n\nOverwrite them?"));
			if (written != null) {
				MessageDialog.openInformation(shell, "Generate", "Written to " + written);
			}
		} catch (GenerationRefused e) {
			MessageDialog.openError(shell, "Generate", e.getMessage());
		}
		return null;
	}

	/** Why nothing was generated, in words for the researcher. */
	public static final class GenerationRefused extends Exception {
		private static final long serialVersionUID = 1L;

		GenerationRefused(String message) {
			super(message);
		}
	}

	/** Asks whether files Framewright did not write may be overwritten. */
	public interface OverwriteQuestion {
		boolean allow(List<String> foreignFiles);
	}

	/** Generates into the output folder; returns the folder, or null if the researcher declined to overwrite. */
	public static Path generate(FrameworkEditor editor, String generatorId, OverwriteQuestion overwrite) throws GenerationRefused {
		if (editor.isDirty()) {
			editor.doSave(null);
		}
		List<Diagnostic> errors = editor.session().client().diagnostics(DocumentUris.of(editor.file())).stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		if (!errors.isEmpty()) {
			throw new GenerationRefused("The framework has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
					+ " (see the Problems view); fix them before generating.");
		}
		editor.reparseNow();
		Framework framework = editor.snapshot().framework();
		List<GeneratedFile> files = new ArrayList<>();
		for (Generators.Contribution contribution : Generators.all()) {
			if (ALL.equals(generatorId) || contribution.id().equals(generatorId)) {
				try {
					files.addAll(contribution.instance().create().generate(framework));
				} catch (Exception e) {
					throw new GenerationRefused(contribution.label() + " failed: " + e.getMessage());
				}
			}
		}
		IFile source = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(editor.file())[0];
		IContainer project = source.getProject();
		Path folder = project.getLocation().toFile().toPath().resolve(StudioPreferences.outputFolder());
		OutputFolder output = new OutputFolder(folder);
		try {
			List<String> foreign = output.foreignFiles(files);
			if (!foreign.isEmpty() && !overwrite.allow(foreign)) {
				return null;
			}
			output.write(files);
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (IOException | CoreException e) {
			throw new GenerationRefused("Could not write to " + folder + ": " + e.getMessage());
		}
		return folder;
	}
}
