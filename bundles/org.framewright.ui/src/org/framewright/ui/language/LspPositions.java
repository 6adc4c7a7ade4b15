package org.framewright.ui.language;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Converts between the protocol's line/character positions and a JFace document's offsets. */
public final class LspPositions {

	private LspPositions() {
	}

	public static int offset(IDocument document, Position position) {
		try {
			if (position.getLine() >= document.getNumberOfLines()) {
				return document.getLength();
			}
			IRegion line = document.getLineInformation(position.getLine());
			return line.getOffset() + Math.min(position.getCharacter(), line.getLength());
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	public static Position position(IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(offset);
			return new Position(line, offset - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}

	public static IRegion region(IDocument document, Range range) {
		int start = offset(document, range.getStart());
		int end = offset(document, range.getEnd());
		return new Region(start, Math.max(0, end - start));
	}
}
