package org.framewright.ui.editor;

import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.UiIds;
import org.framewright.ui.language.LspPositions;

/** Opens the place a location names (go to definition, references) in a .fwk editor and selects it. */
final class Navigation {

	private Navigation() {
	}

	static void open(Location location) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(location.getUri()));
		if (files.length == 0) {
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IEditorPart part = IDE.openEditor(page, files[0], UiIds.EDITOR, true);
			if (part instanceof FrameworkEditor editor) {
				IRegion region = LspPositions.region(editor.document(), location.getRange());
				editor.selectAndReveal(region.getOffset(), region.getLength());
			}
		} catch (PartInitException e) {
			FramewrightUi.log("Could not open " + location.getUri(), e);
		}
	}
}
