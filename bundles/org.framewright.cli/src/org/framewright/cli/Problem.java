package org.framewright.cli;

import java.util.Comparator;
import java.util.Locale;

/**
 * One problem found in a file, located by 1-based line and column.
 */
record Problem(String file, int line, int column, Severity severity, String code, String message) {

	enum Severity {
		ERROR, WARNING, INFO;

		String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
			.thenComparingInt(Problem::column).thenComparing(Problem::code);

	/** The conventional compiler form: {@code file:line:col: severity: CODE message}. */
	String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + code + " " + message;
	}
}
