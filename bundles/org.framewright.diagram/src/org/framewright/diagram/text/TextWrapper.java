package org.framewright.diagram.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a given width, at spaces, measuring with the diagram's font. A single word
 * wider than the width stands on a line of its own rather than being cut.
 */
public final class TextWrapper {

	private final DiagramFont font;

	public TextWrapper(DiagramFont font) {
		this.font = font;
	}

	/** The lines of the text at the given size; runs of white space (newlines too) count as one space. */
	public List<String> wrap(String text, double size, double maxWidth) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.isEmpty()) {
				line.append(word);
			} else if (font.width(line + " " + word, size) <= maxWidth) {
				line.append(' ').append(word);
			} else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The width of the widest of the lines at the given size. */
	public double widest(List<String> lines, double size) {
		double widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, font.width(line, size));
		}
		return widest;
	}
}
