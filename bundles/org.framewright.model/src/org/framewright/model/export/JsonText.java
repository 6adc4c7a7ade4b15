package org.framewright.model.export;

/**
 * The one escaping function for JSON: any text a researcher typed becomes a valid JSON string literal.
 */
public final class JsonText {

	private JsonText() {
	}

	/** The text as a quoted JSON string (RFC 8259), with control characters and line separators escaped. */
	public static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' && nextIs(text, i, '/')) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private static boolean nextIs(String text, int i, char c) {
		return i + 1 < text.length() && text.charAt(i + 1) == c;
	}
}
