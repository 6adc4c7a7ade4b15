package org.framewright.ui.editor;

import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The identifier around an offset of .fwk text (letters, digits, underscores). */
final class Words {

	private Words() {
	}

	static Optional<IRegion> at(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isPart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isPart(document.getChar(end))) {
				end++;
			}
			return end > start ? Optional.of(new Region(start, end - start)) : Optional.empty();
		} catch (BadLocationException e) {
			return Optional.empty();
		}
	}

	private static boolean isPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}
}
