package org.framewright.analysis.escape;

import java.util.ArrayList;
import java.util.List;

/**
 * Researcher's text in an Mplus input file: the one place it is made safe. Mplus reads lines of at most 90
 * characters, ends statements at a semicolon, starts a comment at {@code !} and takes a word followed by a colon at
 * the start of a line for a new command; its input is plain ASCII. Text is therefore reduced to printable ASCII
 * without {@code ; ! : "}, and wrapped into lines that fit.
 */
public final class MplusText {

	/** The longest line Mplus reads. */
	public static final int MAX_LINE = 90;

	private MplusText() {
	}

	/** The text as printable ASCII that cannot end a statement, start a comment or a command, or open a quote. */
	public static String plain(String text) {
		String value = text == null ? "" : text;
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> {
			switch (c) {
				case ';' -> out.append(',');
				case '!' -> out.append('.');
				case ':' -> out.append(" -");
				case '"' -> out.append('\'');
				default -> out.append(c >= 0x20 && c < 0x7f ? (char) c : c < 0x20 || c == 0x7f || Character.isWhitespace(c) ? ' ' : '?');
			}
		});
		return out.toString();
	}

	/** The text as lines of the TITLE command, each of at most 90 characters and indented by two spaces. */
	public static List<String> titleLines(String text) {
		return wrap("  ", plain(text));
	}

	/** The text as comment lines, each starting with {@code "! "} and at most 90 characters long. */
	public static List<String> commentLines(String text) {
		return wrap("! ", plain(text));
	}

	/** Words joined into lines of at most 90 characters, each starting with the prefix; overlong words are cut. */
	public static List<String> wrap(String prefix, String text) {
		int width = MAX_LINE - prefix.length();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split(" +")) {
			while (word.length() > width) {
				if (!line.isEmpty()) {
					lines.add(prefix + line);
					line.setLength(0);
				}
				lines.add(prefix + word.substring(0, width));
				word = word.substring(width);
			}
			if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
				lines.add(prefix + line);
				line.setLength(0);
			}
			if (!word.isEmpty()) {
				line.append(line.isEmpty() ? "" : " ").append(word);
			}
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add((prefix + line).stripTrailing());
		}
		return lines;
	}
}
