package org.framewright.stats.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.SummaryData.Level;

/**
 * Reads a correlation or covariance table as papers print it: variable names as a header row and/or first column,
 * the lower triangle (with or without the diagonal) or the full matrix, dashes for cells left blank, and optional
 * rows of standard deviations ("SD") and means ("Mean", "M"). Cells are separated by commas, semicolons, tabs or
 * spaces. A unit diagonal makes it a correlation table.
 */
final class SummaryDataReader {

	/**
	 * A printed full table is symmetric to its last digit; a pair differing by more than this (relative) is a typing
	 * error, while software-written tables differ only in the 15th digit.
	 */
	private static final double SYMMETRY = 1e-6;

	/** Cells a table leaves blank: the upper triangle, or a dash on the diagonal of a correlation table. */
	private static final Set<String> BLANK = Set.of("", "-", "\u2013", "\u2014", "NA", ".");

	private static final Set<String> SD_ROWS = Set.of("sd", "s.d.", "std", "std.dev.", "std.dev", "stddev", "s");
	private static final Set<String> MEAN_ROWS = Set.of("mean", "means", "m", "avg", "average");

	private record Line(int row, List<String> cells) {
	}

	private final String file;
	private final int n;
	private final Level level;

	SummaryDataReader(String file, int n, Level level) {
		this.file = file;
		this.n = n;
		this.level = level;
	}

	Result<SummaryData> parse(String text) {
		boolean delimited = text.lines().filter(line -> !line.strip().startsWith("#"))
				.anyMatch(line -> line.indexOf(',') >= 0 || line.indexOf(';') >= 0 || line.indexOf('\t') >= 0);
		if (delimited) {
			return CsvReader.parse(file, text).then(this::read);
		}
		List<Line> lines = new ArrayList<>();
		List<String> all = text.lines().toList();
		for (int i = 0; i < all.size(); i++) {
			String line = all.get(i).strip();
			if (!line.isEmpty()) {
				lines.add(new Line(i + 1, List.of(line.split("\\s+"))));
			}
		}
		return read(lines, false);
	}

	Result<SummaryData> read(CsvReader.Table table) {
		List<Line> lines = new ArrayList<>();
		for (CsvReader.Row row : table.rows()) {
			List<String> cells = new ArrayList<>(row.cells().stream().map(String::strip).toList());
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			if (!cells.isEmpty()) {
				lines.add(new Line(row.row(), cells));
			}
		}
		return read(lines, table.delimiter() == ';');
	}

	private Result<SummaryData> read(List<Line> all, boolean decimalComma) {
		List<Problem> problems = new ArrayList<>();
		List<Line> lines = all.stream().filter(line -> !line.cells().get(0).startsWith("#")).toList();
		if (lines.isEmpty()) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.EMPTY_FILE, file, 0, null, "The table is empty."));
		}
		List<String> header = null;
		int first = 0;
		if (lines.get(0).cells().stream().filter(cell -> !cell.isEmpty()).noneMatch(cell -> isValue(cell, decimalComma))) {
			header = new ArrayList<>(lines.get(0).cells());
			first = 1;
		}
		List<String> rowNames = new ArrayList<>();
		List<Line> rows = new ArrayList<>();
		Line sdLine = null;
		Line meanLine = null;
		for (Line line : lines.subList(first, lines.size())) {
			String lead = line.cells().get(0);
			boolean named = !isValue(lead, decimalComma);
			String key = lead.toLowerCase(Locale.ROOT).replace(" ", "");
			boolean variable = header != null && header.contains(lead);
			if (named && !variable && SD_ROWS.contains(key)) {
				sdLine = line;
			} else if (named && !variable && MEAN_ROWS.contains(key)) {
				meanLine = line;
			} else {
				rowNames.add(named ? lead : null);
				rows.add(named ? new Line(line.row(), line.cells().subList(1, line.cells().size())) : line);
			}
		}
		if (header != null && header.size() == 1 && !rowNames.isEmpty() && rowNames.stream().allMatch(name -> name != null)) {
			// "IS" alone on the first line: the first row of a lower triangle without the diagonal, not a header.
			rowNames.add(0, header.get(0));
			rows.add(0, new Line(lines.get(0).row(), List.of()));
			header = null;
		}
		int p = rows.size();
		boolean rowsNamed = rowNames.stream().allMatch(name -> name != null);
		if (header != null && !header.isEmpty() && (header.get(0).isEmpty() || rowsNamed && header.size() == p + 1)) {
			header.remove(0);
		}
		List<String> names;
		if (rowsNamed && p > 0) {
			names = rowNames;
			if (header != null && !header.equals(names)) {
				return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, lines.get(0).row(), null, "The header"
						+ " names " + Sentences.list(header) + ", but the rows are named " + Sentences.list(names) + "; they must name the same"
						+ " variables in the same order."));
			}
		} else if (header != null && rowNames.stream().allMatch(name -> name == null)) {
			names = header;
		} else {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, p > 0 ? rows.get(0).row() : 0, null,
					"The table does not name its variables: give the names as a header row or as the first cell of every row."));
		}
		if (names.size() != p) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, lines.get(0).row(), null, "The header"
					+ " names " + Sentences.count(names.size(), "variable", "variables") + ", but the table has " + Sentences.count(p, "row", "rows")
					+ " of values; a correlation or covariance table has one row per variable."));
		}
		Double[][] cells = new Double[p][p];
		for (int i = 0; i < p; i++) {
			List<String> row = rows.get(i).cells();
			int count = row.size();
			if (count != i && count != i + 1 && count != p) {
				problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, rows.get(i).row(), names.get(i), "The row of "
						+ names.get(i) + " has " + Sentences.count(count, "value", "values") + "; as the " + ordinal(i + 1) + " of " + p
						+ " variables it needs " + (i + 1) + " (lower triangle with the diagonal), " + (i == 0 ? "" : i + " (without it), ")
						+ "or " + p + " (the full matrix)."));
				continue;
			}
			for (int j = 0; j < count; j++) {
				String cell = row.get(j);
				if (BLANK.contains(cell)) {
					continue;
				}
				cells[i][j] = ResponseDataReader.number(cell, decimalComma);
				if (cells[i][j] == null) {
					problems.add(new Problem(Severity.ERROR, StatsIssueCodes.NON_NUMERIC_CELL, file, rows.get(i).row(), names.get(j), "The row of "
							+ names.get(i) + ", column " + names.get(j) + ": '" + cell + "' is not a number."));
				}
			}
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			return Result.failed(problems);
		}
		double[][] matrix = new double[p][p];
		boolean diagonalOmitted = false;
		for (int i = 0; i < p; i++) {
			diagonalOmitted |= cells[i][i] == null;
			matrix[i][i] = cells[i][i] == null ? 1 : cells[i][i];
			for (int j = 0; j < i; j++) {
				Double lower = cells[i][j];
				Double upper = cells[j][i];
				if (lower != null && upper != null && !agree(lower, upper)) {
					problems.add(new Problem(Severity.ERROR, StatsIssueCodes.ASYMMETRIC_MATRIX, file, rows.get(j).row(), names.get(i), "The table"
							+ " gives " + names.get(j) + " with " + names.get(i) + " as " + ExpectedVariables.number(upper) + " above the diagonal"
							+ " but " + ExpectedVariables.number(lower) + " below it; a correlation or covariance table is symmetric."));
				} else if (lower == null && upper == null) {
					problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, rows.get(i).row(), names.get(j),
							"The table gives no value for " + names.get(i) + " with " + names.get(j) + "."));
				} else {
					matrix[i][j] = matrix[j][i] = lower != null ? lower : upper;
				}
			}
		}
		boolean unitDiagonal = true;
		for (int i = 0; i < p; i++) {
			unitDiagonal &= matrix[i][i] == 1;
		}
		if (diagonalOmitted && !unitDiagonal) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, 0, null, "The table leaves some variances on the"
					+ " diagonal blank but gives others that are not 1; a covariance table needs every variance."));
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			return Result.failed(problems);
		}
		double[] sds = sdLine == null ? null : values(sdLine, names, decimalComma, problems, "standard deviations");
		double[] means = meanLine == null ? null : values(meanLine, names, decimalComma, problems, "means");
		return check(names, matrix, sds, means, problems, rows.isEmpty() ? 0 : rows.get(0).row(), rowLines(rows));
	}

	Result<SummaryData> check(List<String> names, double[][] matrix, double[] sds, double[] means, List<Problem> problems, int firstRow) {
		int[] lines = new int[names.size()];
		return check(names, matrix, sds, means, problems, firstRow, lines);
	}

	private Result<SummaryData> check(List<String> names, double[][] matrix, double[] sds, double[] means, List<Problem> problems,
			int firstRow, int[] lines) {
		int p = names.size();
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (!seen.add(name)) {
				problems.add(new Problem(Severity.ERROR, StatsIssueCodes.DUPLICATE_COLUMN, file, firstRow, name, "The table names " + name
						+ " twice."));
			}
		}
		if (p < 2) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, firstRow, null, "The table has "
					+ Sentences.count(p, "variable", "variables") + "; a correlation or covariance table needs at least 2."));
		}
		if (n < 2) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.INVALID_SAMPLE_SIZE, file, 0, null, "The sample size N is " + n
					+ "; a correlation or covariance table comes from at least 2 cases (give the N the paper reports)."));
		}
		boolean correlation = true;
		for (int i = 0; i < p; i++) {
			correlation &= matrix[i][i] == 1;
		}
		for (int i = 0; i < p && problems.isEmpty(); i++) {
			if (!correlation && !(matrix[i][i] > 0)) {
				problems.add(new Problem(Severity.ERROR, StatsIssueCodes.ZERO_VARIANCE, file, lines[i], names.get(i), "The variance of "
						+ names.get(i) + " is " + ExpectedVariables.number(matrix[i][i]) + "; a variance must be positive."));
			}
		}
		for (int i = 0; i < p && problems.isEmpty(); i++) {
			for (int j = 0; j < i; j++) {
				double r = correlation ? matrix[i][j] : matrix[i][j] / Math.sqrt(matrix[i][i] * matrix[j][j]);
				if (!(Math.abs(r) <= 1)) {
					problems.add(new Problem(Severity.ERROR, StatsIssueCodes.CORRELATION_OUT_OF_RANGE, file, lines[i], names.get(j), (correlation
							? "The correlation of " + names.get(i) + " with " + names.get(j) + " is " + ExpectedVariables.number(matrix[i][j])
							: "The covariance of " + names.get(i) + " with " + names.get(j) + " implies a correlation of " + Sentences.format(r, 3))
							+ ", outside -1 to 1."));
				}
			}
		}
		if (sds != null) {
			checkStandardDeviations(file, names, sds, 0, problems);
		}
		if (means != null && means.length != p) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, 0, null, "There are " + means.length
					+ " means for the " + p + " variables of the table."));
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			return Result.failed(problems);
		}
		return Result.of(new SummaryData(file, names, matrix, correlation, n, correlation ? sds : null, means, level), problems);
	}

	static void checkStandardDeviations(String file, List<String> names, double[] sds, int row, List<Problem> problems) {
		if (sds.length != names.size()) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, row, null, "There are " + sds.length
					+ " standard deviations for the " + names.size() + " variables of the table."));
			return;
		}
		for (int i = 0; i < sds.length; i++) {
			if (!(sds[i] > 0) || !Double.isFinite(sds[i])) {
				problems.add(new Problem(Severity.ERROR, StatsIssueCodes.ZERO_VARIANCE, file, row, names.get(i), "The standard deviation of "
						+ names.get(i) + " is " + ExpectedVariables.number(sds[i]) + "; it must be positive."));
			}
		}
	}

	private double[] values(Line line, List<String> names, boolean decimalComma, List<Problem> problems, String what) {
		List<String> cells = line.cells().subList(1, line.cells().size());
		if (cells.size() != names.size()) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, file, line.row(), null, "The row of " + what + " has "
					+ cells.size() + " values for the " + names.size() + " variables of the table."));
			return null;
		}
		double[] values = new double[cells.size()];
		for (int i = 0; i < values.length; i++) {
			Double value = ResponseDataReader.number(cells.get(i), decimalComma);
			if (value == null) {
				problems.add(new Problem(Severity.ERROR, StatsIssueCodes.NON_NUMERIC_CELL, file, line.row(), names.get(i), "The row of " + what
						+ ", column " + names.get(i) + ": '" + cells.get(i) + "' is not a number."));
				return null;
			}
			values[i] = value;
		}
		return values;
	}

	private static int[] rowLines(List<Line> rows) {
		return rows.stream().mapToInt(Line::row).toArray();
	}

	private static boolean isValue(String cell, boolean decimalComma) {
		return BLANK.contains(cell) && !cell.isEmpty() || ResponseDataReader.number(cell, decimalComma) != null;
	}

	private static boolean agree(double a, double b) {
		return Math.abs(a - b) <= SYMMETRY * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	private static String ordinal(int k) {
		int mod100 = k % 100;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (k % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return k + suffix;
	}
}
