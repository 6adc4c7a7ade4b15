package org.framewright.diagram.render;

/**
 * The one escaping function for text that reaches an SVG file: XML character data and attribute values. Markup
 * characters become entities, and characters XML 1.0 forbids (most control characters, lone surrogates) are
 * dropped, so whatever a researcher typed stays text and the file stays well-formed.
 */
public final class SvgText {

	private SvgText() {
	}

	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				case '\n', '\r', '\t' -> escaped.append("&#").append((int) c).append(';');
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						escaped.append(c).append(text.charAt(++i));
					} else if (allowed(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** Whether XML 1.0 allows the (non-surrogate-pair) character. */
	private static boolean allowed(char c) {
		return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}
}
