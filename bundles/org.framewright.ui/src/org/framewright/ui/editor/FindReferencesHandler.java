package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.dialogs.ListDialog;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;

/** Find References (Ctrl+Shift+G): every place that refers to the name at the caret, to pick one and go there. */
public final class FindReferencesHandler extends EditorHandler {

	@Override
	void run(FrameworkEditor editor, int offset) {
		List<? extends Location> references = references(editor, offset, false);
		if (references.isEmpty()) {
			MessageDialog.openInformation(editor.getSite().getShell(), "References", "Nothing refers to the name at the caret.");
			return;
		}
		ListDialog dialog = new ListDialog(editor.getSite().getShell());
		dialog.setTitle("References");
		dialog.setMessage(references.size() + (references.size() == 1 ? " reference" : " references"));
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return describe(editor, (Location) element);
			}
		});
		dialog.setInput(references.toArray());
		if (dialog.open() == ListDialog.OK && dialog.getResult().length > 0) {
			Navigation.open((Location) dialog.getResult()[0]);
		}
	}

	public static List<? extends Location> references(FrameworkEditor editor, int offset, boolean includeDeclaration) {
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())),
				LspPositions.position(editor.document(), offset), new ReferenceContext(includeDeclaration));
		List<? extends Location> answer = LanguageSession.await(editor.session().documents().references(params));
		return answer == null ? List.of() : answer;
	}

	private static String describe(FrameworkEditor editor, Location location) {
		String file = location.getUri().substring(location.getUri().lastIndexOf('/') + 1);
		int line = location.getRange().getStart().getLine();
		String text = "";
		if (DocumentUris.normal(location.getUri()).equals(DocumentUris.of(editor.file()))) {
			IDocument document = editor.document();
			try {
				text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
			} catch (BadLocationException e) {
				text = "";
			}
		}
		return file + ":" + (line + 1) + "  " + text;
	}
}
