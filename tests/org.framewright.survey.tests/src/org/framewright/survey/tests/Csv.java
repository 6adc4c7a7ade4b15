package org.framewright.survey.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, a field is either plain (no comma, quote or line
 * break) or quoted with doubled quotes inside, and anything else fails the test, so a writer cannot get away with a
 * file that only a lenient reader accepts.
 */
final class Csv {

	private final String text;
	private int at;

	private Csv(String text) {
		this.text = text;
	}

	static List<List<String>> parse(String text) {
		return new Csv(text).records();
	}

	private List<List<String>> records() {
		List<List<String>> records = new ArrayList<>();
		while (at < text.length()) {
			List<String> record = new ArrayList<>();
			do {
				record.add(text.charAt(at) == '"' ? quoted() : plain());
			} while (separator());
			records.add(record);
		}
		return records;
	}

	/** Consumes a comma (true: another field follows) or the CRLF that ends the record (false). */
	private boolean separator() {
		if (text.startsWith(",", at)) {
			at++;
			return at < text.length() || fail("a comma at the end of the file");
		}
		if (text.startsWith("\r\n", at)) {
			at += 2;
			return false;
		}
		return fail("a field not followed by a comma or CRLF");
	}

	private String plain() {
		int start = at;
		while (at < text.length() && ",\r\n\"".indexOf(text.charAt(at)) < 0) {
			at++;
		}
		if (at < text.length() && text.charAt(at) != ',' && !text.startsWith("\r\n", at)) {
			fail("a quote, CR or LF inside an unquoted field");
		}
		return text.substring(start, at);
	}

	private String quoted() {
		StringBuilder value = new StringBuilder();
		at++;
		while (true) {
			if (at >= text.length()) {
				fail("an unterminated quoted field");
			}
			char c = text.charAt(at++);
			if (c != '"') {
				value.append(c);
			} else if (text.startsWith("\"", at)) {
				value.append('"');
				at++;
			} else {
				return value.toString();
			}
		}
	}

	private boolean fail(String problem) {
		throw new AssertionError("Not RFC 4180 CSV: " + problem + " at offset " + at);
	}
}
