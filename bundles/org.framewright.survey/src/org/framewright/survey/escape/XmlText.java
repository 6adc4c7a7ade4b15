package org.framewright.survey.escape;

/**
 * Researcher's text in XML (LimeSurvey .lss, DDI): escaped for content and attributes; characters XML 1.0 cannot
 * hold (control characters other than tab, newline and carriage return) are dropped, since no parser would read
 * them back.
 */
public final class XmlText {

	private XmlText() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				case '\r' -> out.append("&#13;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
