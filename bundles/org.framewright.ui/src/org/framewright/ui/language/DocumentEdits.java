package org.framewright.ui.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * Applies the protocol's text edits to a document as one change that a single Undo takes back: how quick fixes,
 * rename, formatting and the diagram palette write into the .fwk text.
 */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	public static void apply(IDocument document, List<TextEdit> edits) {
		if (edits.isEmpty()) {
			return;
		}
		MultiTextEdit all = new MultiTextEdit();
		List<TextEdit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparingInt((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparingInt(e -> e.getRange().getStart().getCharacter()));
		for (TextEdit edit : ordered) {
			IRegion region = LspPositions.region(document, edit.getRange());
			all.addChild(new ReplaceEdit(region.getOffset(), region.getLength(), edit.getNewText()));
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			all.apply(document);
		} catch (MalformedTreeException | BadLocationException e) {
			throw new IllegalStateException("the edits do not fit the document: " + e.getMessage(), e);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}
}
