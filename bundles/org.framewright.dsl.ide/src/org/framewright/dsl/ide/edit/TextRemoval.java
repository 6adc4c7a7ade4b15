package org.framewright.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * Collects pieces of a text to remove and turns them into edits that leave the rest as it was written.
 * <p>
 * A piece alone on its lines goes with those lines, line breaks included, so no empty line is left; pieces
 * separated only by blank lines go as one, and when that leaves two blank lines together (or a blank line at the
 * end of the file) one of them goes too. A piece that shares its line with other text goes with the spaces that
 * separated it from that text. Comments outside the pieces are kept: a comment after a removed declaration on
 * its line stays on that line.
 */
final class TextRemoval {

	private record Span(int start, int end, boolean wholeLines) {
	}

	private final String text;

	private final List<Span> spans = new ArrayList<>();

	TextRemoval(String text) {
		this.text = text;
	}

	/** Removes a declaration or clause: its lines when nothing else is on them, else it and the spaces before or after it. */
	void remove(int start, int end) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		boolean aloneBefore = text.substring(lineStart, start).isBlank();
		if (aloneBefore && text.substring(end, lineEnd).isBlank()) {
			spans.add(new Span(lineStart, Math.min(lineEnd + 1, text.length()), true));
		} else if (aloneBefore) {
			spans.add(new Span(start, end + spacesFrom(end, 1), false));
		} else {
			spans.add(new Span(start - spacesFrom(start - 1, -1), end, false));
		}
	}

	/** Removes exactly this part of the text. */
	void removeExactly(int start, int end) {
		spans.add(new Span(start, end, false));
	}

	List<TextEdit> edits(Document document) {
		List<TextEdit> edits = new ArrayList<>();
		for (Span span : merged()) {
			Span removed = span.wholeLines() ? withoutDoubleBlankLine(span) : span;
			edits.add(new TextEdit(new Range(document.getPosition(removed.start()), document.getPosition(removed.end())), ""));
		}
		return edits;
	}

	/** The spans in text order, overlapping ones joined, and runs of whole lines joined across blank lines. */
	private List<Span> merged() {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(Span::start));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			boolean overlapping = last != null && span.start() <= last.end();
			boolean linesApart = last != null && last.wholeLines() && span.wholeLines() && text.substring(last.end(), span.start()).isBlank();
			if (overlapping || linesApart) {
				merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), last.wholeLines() && span.wholeLines()));
			} else {
				merged.add(span);
			}
		}
		return merged;
	}

	/** Whole lines between two blank lines take one of them along; at the end of the text, the blank lines before them. */
	private Span withoutDoubleBlankLine(Span span) {
		int previousLineStart = span.start() == 0 ? -1 : text.lastIndexOf('\n', span.start() - 2) + 1;
		boolean blankBefore = previousLineStart >= 0 && text.substring(previousLineStart, span.start()).isBlank();
		if (!blankBefore) {
			return span;
		}
		if (text.substring(span.end()).isBlank()) {
			int start = previousLineStart;
			while (start > 0 && text.substring(text.lastIndexOf('\n', start - 2) + 1, start).isBlank()) {
				start = text.lastIndexOf('\n', start - 2) + 1;
			}
			return new Span(start, text.length(), true);
		}
		int nextLineEnd = text.indexOf('\n', span.end());
		nextLineEnd = nextLineEnd < 0 ? text.length() : nextLineEnd + 1;
		return text.substring(span.end(), nextLineEnd).isBlank() ? new Span(span.start(), nextLineEnd, true) : span;
	}

	/** How many spaces and tabs follow an offset (step 1) or precede and include it (step -1). */
	private int spacesFrom(int offset, int step) {
		int count = 0;
		for (int i = offset; i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i += step) {
			count++;
		}
		return count;
	}
}
