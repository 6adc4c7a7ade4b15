package org.framewright.model.generation;

/** Researcher's text in HTML (questionnaires, reports): as element content and as attribute values (double-quoted). */
public final class HtmlText {

	private HtmlText() {
	}

	/** Text as element content or a double-quoted attribute value: &amp;, &lt;, &gt;, &quot; and &#39; escaped. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
