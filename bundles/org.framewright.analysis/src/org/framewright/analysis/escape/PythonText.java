package org.framewright.analysis.escape;

/**
 * Researcher's text in Python: the one place it is escaped. A string literal is double-quoted and pure ASCII
 * (backslash, quote and the usual control characters escaped, every other character outside printable ASCII as
 * {@code \\uXXXX} or {@code \\UXXXXXXXX}), so the script reads the same whatever the source encoding; a comment has
 * no line break or control character left to end it.
 */
public final class PythonText {

	private PythonText() {
	}

	/** A Python string literal holding the text exactly (a lone surrogate becomes U+FFFD); null is the empty string. */
	public static String literal(String text) {
		String value = text == null ? "" : text;
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		value.codePoints().forEach(c -> appendEscaped(out, c));
		return out.append('"').toString();
	}

	/** The text as the rest of one comment line: every line break and control character becomes a space. */
	public static String comment(String text) {
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

	private static void appendEscaped(StringBuilder out, int c) {
		switch (c) {
			case '\\' -> out.append("\\\\");
			case '"' -> out.append("\\\"");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c >= 0xd800 && c <= 0xdfff) {
					out.append("\\uFFFD"); // a lone surrogate cannot be printed or written as UTF-8
				} else if (c >= 0x20 && c < 0x7f) {
					out.append((char) c);
				} else if (c <= 0xffff) {
					out.append(String.format("\\u%04X", c));
				} else {
					out.append(String.format("\\U%08X", c));
				}
			}
		}
	}
}
