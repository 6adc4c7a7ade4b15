package org.framewright.analysis.escape;

/**
 * Researcher's text in a Stata do-file: the one place it is escaped. Stata expands macros ({@code `name'},
 * {@code $name}) inside strings, treats a backslash before them as an escape, ends a compound-quoted string at
 * {@code "'} and a comment at a line break. A string is therefore a string expression of compound-quoted pieces
 * joined with {@code char()} for each of {@code ` ' " $ \}; a comment keeps none of them, nor the openers and closers of
 * block comments or a double slash.
 */
public final class StataText {

	private StataText() {
	}

	/** A Stata string expression holding the text (control characters as spaces); null is the empty string. */
	public static String literal(String text) {
		String value = text == null ? "" : text;
		StringBuilder out = new StringBuilder();
		StringBuilder piece = new StringBuilder();
		value.codePoints().forEach(c -> {
			if (c == '`' || c == '\'' || c == '"' || c == '$' || c == '\\') {
				flush(out, piece);
				out.append(out.isEmpty() ? "" : " + ").append("char(").append(c).append(')');
			} else {
				piece.appendCodePoint(isControl(c) ? ' ' : c);
			}
		});
		flush(out, piece);
		return out.toString();
	}

	/** The text as the rest of one {@code //} comment line. */
	public static String comment(String text) {
		String value = text == null ? "" : text;
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> {
			switch (c) {
				case '`', '\'' -> out.append('\u2019');
				case '$' -> out.append("(dollar)");
				case '"' -> out.append('\u201D');
				case '\\' -> out.append('|');
				default -> out.appendCodePoint(isControl(c) ? ' ' : c);
			}
		});
		String safe = out.toString();
		while (safe.contains("//") || safe.contains("/*") || safe.contains("*/")) {
			safe = safe.replace("//", "/ /").replace("/*", "/ *").replace("*/", "* /");
		}
		return safe;
	}

	private static boolean isControl(int c) {
		return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c >= 0xd800 && c <= 0xdfff;
	}

	private static void flush(StringBuilder out, StringBuilder piece) {
		if (piece.isEmpty() && !out.isEmpty()) {
			return;
		}
		out.append(out.isEmpty() ? "" : " + ").append("`\"").append(piece).append("\"'");
		piece.setLength(0);
	}
}
