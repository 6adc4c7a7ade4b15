package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.lsp4j.Location;

/** Open Declaration (F3): goes to the declaration of the name at the caret. */
public final class OpenDeclarationHandler extends EditorHandler {

	@Override
	void run(FrameworkEditor editor, int offset) {
		List<Location> targets = DefinitionHyperlinkDetector.definitions(editor, offset);
		if (!targets.isEmpty()) {
			Navigation.open(targets.get(0));
		}
	}
}
