package org.framewright.ui.editor;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;
import org.framewright.ui.language.WorkspaceEdits;

/**
 * Rename (Alt+Shift+R) of a construct, item, hypothesis, theory or scale: the declaration and every reference to
 * it, in every file of the workspace, as the language server computes it.
 */
public final class RenameHandler extends EditorHandler {

	private static final IInputValidator IDENTIFIER = text -> text.matches("[A-Za-z_][A-Za-z0-9_]*") ? null
			: "A name starts with a letter or '_' and has only letters, digits and '_'.";

	@Override
	void run(FrameworkEditor editor, int offset) throws ExecutionException {
		IRegion word = Words.at(editor.document(), offset).orElse(null);
		if (word == null) {
			return;
		}
		String current;
		try {
			current = editor.document().get(word.getOffset(), word.getLength());
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return;
		}
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename", "New name for " + current + ":", current, IDENTIFIER);
		if (dialog.open() != Window.OK || dialog.getValue().equals(current)) {
			return;
		}
		try {
			rename(editor, offset, dialog.getValue());
		} catch (RuntimeException | java.io.IOException | org.eclipse.core.runtime.CoreException e) {
			MessageDialog.openError(editor.getSite().getShell(), "Rename", "Could not rename " + current + ": " + e.getMessage());
		}
	}

	/** Renames the element at the offset to the new name everywhere; false if there is nothing to rename there. */
	public static boolean rename(FrameworkEditor editor, int offset, String newName) throws java.io.IOException, org.eclipse.core.runtime.CoreException {
		RenameParams params = new RenameParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())), LspPositions.position(editor.document(), offset),
				newName);
		WorkspaceEdit edit = LanguageSession.await(editor.session().documents().rename(params));
		if (edit == null || WorkspaceEdits.byDocument(edit).values().stream().allMatch(java.util.List::isEmpty)) {
			return false;
		}
		WorkspaceEdits.apply(edit);
		return true;
	}
}
