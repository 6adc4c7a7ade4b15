package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.framewright.ui.language.DocumentEdits;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;

/** Format (Ctrl+Shift+F): the language's formatter, applied as one undoable change. */
public final class FormatHandler extends EditorHandler {

	@Override
	void run(FrameworkEditor editor, int offset) {
		format(editor);
	}

	public static void format(FrameworkEditor editor) {
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())), new FormattingOptions(4, true));
		List<? extends TextEdit> edits = LanguageSession.await(editor.session().documents().formatting(params));
		if (edits != null) {
			DocumentEdits.apply(editor.document(), List.copyOf(edits));
		}
	}
}
