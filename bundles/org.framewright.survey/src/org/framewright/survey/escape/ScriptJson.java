package org.framewright.survey.escape;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Researcher's text as JSON inside an HTML {@code <script type="application/json">} element. Besides what JSON
 * needs (quotes, backslashes, control characters), {@code <}, {@code >} and {@code &} are written as \\u escapes,
 * so no text can close the element ({@code </script>}), open a comment or look like markup to an XML parser, and
 * U+2028/U+2029 are escaped, which older JavaScript engines treat as line ends. JSON.parse reads every text back
 * exactly.
 */
public final class ScriptJson {

	private ScriptJson() {
	}

	/** The text as a quoted JSON string. */
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
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * A value as JSON: a map (keys in its iteration order) as an object, a list as an array, a string quoted, a
	 * number or boolean as itself, null as null.
	 */
	public static String value(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String text) {
			out.append(quote(text));
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator(); entries.hasNext();) {
				Map.Entry<?, ?> entry = entries.next();
				out.append(quote(String.valueOf(entry.getKey()))).append(':');
				write(entry.getValue(), out);
				if (entries.hasNext()) {
					out.append(',');
				}
			}
			out.append('}');
		} else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		} else {
			throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
		}
	}
}
