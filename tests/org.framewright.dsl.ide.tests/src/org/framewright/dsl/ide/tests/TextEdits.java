package org.framewright.dsl.ide.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/**
 * What an editor does with the server's edits: applies them to the text, the last first so that earlier offsets
 * stay valid.
 */
final class TextEdits {

	private TextEdits() {
	}

	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The position of the n-th (from 0) occurrence of a text, plus a shift within it. */
	static Position positionOf(String text, String part, int occurrence, int shift) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(part, offset + 1);
			if (offset < 0) {
				throw new AssertionError("'" + part + "' occurs fewer than " + (occurrence + 1) + " times");
			}
		}
		offset += shift;
		int line = 0;
		int lineStart = 0;
		for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
			line++;
			lineStart = i + 1;
		}
		return new Position(line, offset - lineStart);
	}

	/** The line (from 0) on which a text first occurs. */
	static int lineOf(String text, String part) {
		return positionOf(text, part, 0, 0).getLine();
	}
}
