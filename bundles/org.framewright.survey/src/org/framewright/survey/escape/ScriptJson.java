package org.framewright.survey.escape;

import org.framewright.model.export.JsonText;

/**
 * JSON inside an HTML {@code <script type="application/json">} element. On top of JSON's own escaping
 * ({@link JsonText}), {@code <}, {@code >} and {@code &} are written as \\u escapes, so no text can close the element
 * ({@code </script>}), open a comment or look like markup to an XML parser, and U+2028/U+2029 are escaped, which
 * older JavaScript engines treat as line ends. JSON.parse reads every text back exactly.
 */
public final class ScriptJson {

	private ScriptJson() {
	}

	/** The text as a quoted JSON string, safe inside a script element. */
	public static String quote(String text) {
		return safe(JsonText.quote(text));
	}

	/**
	 * Printed JSON made safe inside a script element. Outside strings JSON has none of the characters escaped here,
	 * and inside a string a \\u escape stands for the character itself, so the value read back is unchanged.
	 */
	public static String safe(String json) {
		StringBuilder out = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
