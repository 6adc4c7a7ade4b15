package org.framewright.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** A command of the .fwk editor that works at the caret. */
abstract class EditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof FrameworkEditor editor && editor.file() != null) {
			ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
			run(editor, selection.getOffset());
		}
		return null;
	}

	abstract void run(FrameworkEditor editor, int offset) throws ExecutionException;
}
