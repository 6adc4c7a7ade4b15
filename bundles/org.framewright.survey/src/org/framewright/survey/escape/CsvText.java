package org.framewright.survey.escape;

import java.util.List;

/**
 * Researcher's text in CSV (RFC 4180): a field with a comma, quote, line break or surrounding space is quoted, and
 * quotes in it doubled; lines end with CRLF.
 */
public final class CsvText {

	private CsvText() {
	}

	public static String field(String text) {
		String value = text == null ? "" : text;
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
				|| !value.equals(value.strip());
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/** One record: the fields joined by commas, ended by CRLF. */
	public static String line(List<String> fields) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		return out.append("\r\n").toString();
	}
}
