package org.framewright.ui.workbench;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.application.StudioWorkspace;

/** File > Open Folder: a folder of the file system becomes a project of the Studio, where it is. */
public final class OpenFolderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open Folder");
		dialog.setMessage("Choose a folder holding frameworks (.fwk files).");
		String folder = dialog.open();
		if (folder != null) {
			try {
				StudioWorkspace.projectFor(Path.of(folder));
			} catch (CoreException e) {
				MessageDialog.openError(shell, "Open Folder", "Could not open " + folder + ": " + e.getMessage());
			}
		}
		return null;
	}
}
