package org.framewright.dsl.ide.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The text edits a workspace edit makes to one document, whether the server sent them as changes or as document
 * changes.
 */
final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	static List<TextEdit> forDocument(WorkspaceEdit edit, String uri) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
				if (same(entry.getKey(), uri)) {
					edits.addAll(entry.getValue());
				}
			}
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft() && same(change.getLeft().getTextDocument().getUri(), uri)) {
					change.getLeft().getEdits().forEach(e -> edits.add(e.getLeft()));
				}
			}
		}
		return edits;
	}

	/** Which documents a workspace edit changes. */
	static List<String> documents(WorkspaceEdit edit) {
		List<String> documents = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> {
				if (!edits.isEmpty()) {
					documents.add(uri);
				}
			});
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(Either::isLeft).forEach(c -> documents.add(c.getLeft().getTextDocument().getUri()));
		}
		return documents;
	}

	private static boolean same(String a, String b) {
		return a.replaceFirst("^file:///", "file:/").equals(b.replaceFirst("^file:///", "file:/"));
	}
}
