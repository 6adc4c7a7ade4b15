package org.framewright.analysis.escape;

import java.util.ArrayList;
import java.util.List;

/**
 * Researcher's text in SPSS syntax: the one place it is escaped. A comment is one or more lines {@code * text .},
 * each short and free of line breaks and control characters, so no sentence of the researcher's can end it early or
 * run into the next command; a string literal is double-quoted with inner quotes doubled and no line break.
 */
public final class SpssText {

	/**
	 * The longest text on one comment line. SPSS reads syntax lines of up to 256 bytes; 60 characters of at most four
	 * UTF-8 bytes each, after {@code "* "}, stay inside that and keep the file readable.
	 */
	public static final int LINE_TEXT = 60;

	private SpssText() {
	}

	/** A double-quoted SPSS string holding the text on one line (line breaks and control characters become spaces). */
	public static String literal(String text) {
		return "\"" + oneLine(text).replace("\"", "\"\"") + "\"";
	}

	/** The text as comment commands, {@code * ... .} one per line, wrapped at word boundaries. */
	public static List<String> comment(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : oneLine(text).trim().split(" +")) {
			while (word.codePointCount(0, word.length()) > LINE_TEXT) {
				flush(lines, line);
				int cut = word.offsetByCodePoints(0, LINE_TEXT);
				lines.add("* " + word.substring(0, cut) + " .");
				word = word.substring(cut);
			}
			if (line.length() > 0 && line.codePointCount(0, line.length()) + 1 + word.length() > LINE_TEXT) {
				flush(lines, line);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		flush(lines, line);
		if (lines.isEmpty()) {
			lines.add("* .");
		}
		return lines;
	}

	private static void flush(List<String> lines, StringBuilder line) {
		if (line.length() > 0) {
			// The space before the terminating period keeps a researcher's own final period from looking like a
			// doubled terminator, and makes the end of every comment plain to read.
			lines.add("* " + line + " .");
			line.setLength(0);
		}
	}

	private static String oneLine(String text) {
		String value = text == null ? "" : text;
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0xd800 && c <= 0xdfff)) {
				out.append(' ');
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
