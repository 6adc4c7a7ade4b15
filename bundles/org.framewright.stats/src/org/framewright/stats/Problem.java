package org.framewright.stats;

/**
 * One problem met in data or in a computation, located as a researcher would look for it: the file, the row as a
 * spreadsheet numbers it (the header is row 1) and the column's name; the message is a full sentence.
 *
 * @param severity whether the computation stopped
 * @param code     the stable code of the rule, one of {@link StatsIssueCodes}
 * @param file     the file's name, or null when the data did not come from a file
 * @param row      the row (1-based, header = 1), or 0 when the problem is not about one row
 * @param column   the column's (variable's) name, or null when the problem is not about one column
 * @param message  what is wrong and, where it helps, what to do, as a full sentence
 */
public record Problem(Severity severity, String code, String file, int row, String column, String message) {

	/** A problem about the data or the model as a whole. */
	public static Problem error(String code, String message) {
		return new Problem(Severity.ERROR, code, null, 0, null, message);
	}

	/** A warning about the data or the model as a whole. */
	public static Problem warning(String code, String message) {
		return new Problem(Severity.WARNING, code, null, 0, null, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The problem in the form the command line prints: {@code file:row:column: severity: code message}. */
	@Override
	public String toString() {
		StringBuilder where = new StringBuilder();
		if (file != null) {
			where.append(file).append(':');
		}
		if (row > 0) {
			where.append(row).append(':');
		}
		if (column != null) {
			where.append(column).append(':');
		}
		return (where.isEmpty() ? "" : where + " ") + severity + ": " + code + " " + message;
	}
}
