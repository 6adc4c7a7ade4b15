package org.framewright.stats.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * Turns the rows of a questionnaire's CSV into {@link ResponseData} for a framework: matches the header to the
 * expected columns, checks every cell against its scale, reverse-codes, and keeps the complete cases. Every
 * problem names the file, the spreadsheet row and the column.
 */
final class ResponseDataReader {

	/** Answers that mean "not answered": an empty cell, R's NA, SPSS's and Stata's system-missing dot. */
	private static final Set<String> MISSING = Set.of("", "NA", "na", "N/A", "n/a", ".");

	/** Beyond this many, problems about single cells only repeat themselves; the rest are counted. */
	private static final int MAX_CELL_PROBLEMS = 100;

	private final String file;
	private final Framework framework;
	private final List<Problem> problems = new ArrayList<>();
	private int cellProblems;
	private int suppressed;

	ResponseDataReader(String file, Framework framework) {
		this.file = file;
		this.framework = framework;
	}

	Result<ResponseData> read(CsvReader.Table table) {
		Result<List<Variable>> expected = ExpectedVariables.of(framework);
		problems.addAll(expected.problems());
		List<Variable> variables = expected.value().orElse(List.of());
		List<CsvReader.Row> rows = table.rows();
		if (rows.isEmpty() || rows.get(0).isBlank()) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.EMPTY_FILE, file, 1, null, rows.isEmpty() ? "The file is empty; it"
					+ " needs a header row of item codes and control names, then one row per respondent."
					: "Row 1 is empty; it must be the header of item codes and control names."));
			return Result.failed(problems);
		}
		List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
		Map<String, Integer> at = columns(header, variables);
		boolean decimalComma = table.delimiter() == ';';
		Map<String, List<Double>> values = new LinkedHashMap<>();
		variables.forEach(variable -> values.put(variable.name(), new ArrayList<>()));
		Map<String, Integer> missingByColumn = new LinkedHashMap<>();
		List<Integer> kept = new ArrayList<>();
		int dropped = 0;
		for (CsvReader.Row row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			if (row.cells().size() < header.size() || !row.cells().subList(header.size(), row.cells().size()).stream().allMatch(String::isBlank)) {
				cellProblem(Severity.ERROR, StatsIssueCodes.RAGGED_ROW, row.row(), null, "Row " + row.row() + " has " + row.cells().size()
						+ " cells, but the header has " + header.size() + " columns; a delimiter is missing or one too many (a "
						+ (decimalComma ? "semicolon" : "comma") + " inside a text must be quoted).");
				continue;
			}
			double[] coded = new double[variables.size()];
			boolean complete = true;
			boolean valid = true;
			for (int v = 0; v < variables.size(); v++) {
				Variable variable = variables.get(v);
				Integer column = at.get(variable.name());
				if (column == null) {
					continue;
				}
				String cell = row.cells().get(column).strip();
				if (MISSING.contains(cell)) {
					complete = false;
					missingByColumn.merge(variable.name(), 1, Integer::sum);
					continue;
				}
				Double value = number(cell, decimalComma);
				if (value == null) {
					valid = false;
					cellProblem(Severity.ERROR, StatsIssueCodes.NON_NUMERIC_CELL, row.row(), variable.name(), "Row " + row.row() + ", column "
							+ where(variable.name(), column) + ": '" + cell + "' is not a number; answers must be codes on " + variable.scale()
							+ ", or empty (or NA) when missing.");
				} else if (!variable.admits(value)) {
					valid = false;
					cellProblem(Severity.ERROR, StatsIssueCodes.OUT_OF_SCALE, row.row(), variable.name(), "Row " + row.row() + ", column "
							+ where(variable.name(), column) + ": " + cell + " is not on " + variable.scale() + ".");
				} else {
					coded[v] = variable.code(value);
				}
			}
			if (!valid) {
				continue;
			}
			if (!complete) {
				dropped++;
				continue;
			}
			kept.add(row.row());
			for (int v = 0; v < variables.size(); v++) {
				values.get(variables.get(v).name()).add(coded[v]);
			}
		}
		if (suppressed > 0) {
			problems.add(new Problem(Severity.INFO, StatsIssueCodes.TOO_MANY_PROBLEMS, file, 0, null, "There are "
					+ Sentences.count(suppressed, "more problem", "more problems") + " like those above; fix these first."));
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			return Result.failed(problems);
		}
		if (dropped > 0) {
			problems.add(new Problem(Severity.WARNING, StatsIssueCodes.ROWS_DROPPED, file, 0, null, Sentences.count(dropped, "row has",
					"rows have") + " a missing answer in a column the analysis uses (" + missingCounts(missingByColumn) + ") and "
					+ (dropped == 1 ? "was" : "were") + " left out (listwise deletion); " + Sentences.count(kept.size(), "complete case remains",
							"complete cases remain") + "."));
		}
		if (kept.isEmpty()) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.TOO_FEW_CASES, file, 0, null, "No row has an answer in every column"
					+ " the analysis uses, so there is nothing to analyse."));
			return Result.failed(problems);
		}
		Map<String, double[]> columns = new LinkedHashMap<>();
		values.forEach((name, list) -> columns.put(name, list.stream().mapToDouble(Double::doubleValue).toArray()));
		return Result.of(new ResponseData(file, variables, columns, kept.stream().mapToInt(Integer::intValue).toArray(), dropped), problems);
	}

	/** Where each expected column is in the header; reports missing, duplicate, unnamed and unknown columns. */
	private Map<String, Integer> columns(List<String> header, List<Variable> variables) {
		Map<String, Integer> at = new LinkedHashMap<>();
		Set<String> expected = new java.util.HashSet<>();
		variables.forEach(variable -> expected.add(variable.name()));
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c);
			if (name.isEmpty()) {
				problems.add(new Problem(Severity.WARNING, StatsIssueCodes.UNKNOWN_COLUMN, file, 1, null, "Column " + letters(c)
						+ " has no name in the header; it is ignored."));
			} else if (at.containsKey(name) || header.subList(0, c).contains(name)) {
				problems.add(new Problem(expected.contains(name) ? Severity.ERROR : Severity.WARNING, StatsIssueCodes.DUPLICATE_COLUMN, file, 1,
						name, "The header names " + name + " twice (columns " + letters(header.indexOf(name)) + " and " + letters(c) + ")"
								+ (expected.contains(name) ? "; keep one, since the analysis cannot tell which holds the answers." : "; both are ignored.")));
				at.remove(name);
			} else if (expected.contains(name)) {
				at.put(name, c);
			} else {
				problems.add(new Problem(Severity.WARNING, StatsIssueCodes.UNKNOWN_COLUMN, file, 1, name, "The column " + name + " ("
						+ letters(c) + ") is neither an item code nor a control of the framework " + framework.getName() + "; it is ignored."));
			}
		}
		for (Variable variable : variables) {
			if (!at.containsKey(variable.name()) && !header.contains(variable.name())) {
				problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MISSING_COLUMN, file, 1, variable.name(), "The column "
						+ variable.name() + " is missing: " + (variable.isItem() ? "the construct " + variable.construct() + " has the item "
								: "the framework has the control ") + variable.name() + ", so the data need a column of that name"
						+ caseHint(header, variable.name()) + "."));
			}
		}
		return at;
	}

	private static String caseHint(List<String> header, String name) {
		return header.stream().filter(column -> column.equalsIgnoreCase(name)).findFirst()
				.map(column -> " (the header has " + column + ", but column names must match the item codes and control names exactly, case included)").orElse("");
	}

	private void cellProblem(Severity severity, String code, int row, String column, String message) {
		if (cellProblems >= MAX_CELL_PROBLEMS) {
			suppressed++;
			return;
		}
		cellProblems++;
		problems.add(new Problem(severity, code, file, row, column, message));
	}

	/** A number as a cell writes it; with a decimal comma when the file is semicolon-separated. Null if not one. */
	static Double number(String cell, boolean decimalComma) {
		String text = decimalComma ? cell.replace(',', '.') : cell;
		if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
			return null;
		}
		double value = Double.parseDouble(text);
		return Double.isFinite(value) ? value : null;
	}

	private static String missingCounts(Map<String, Integer> byColumn) {
		List<String> parts = new ArrayList<>();
		byColumn.forEach((column, count) -> parts.add(column + ": " + count));
		if (parts.size() > 8) {
			int rest = parts.size() - 8;
			parts.subList(8, parts.size()).clear();
			parts.add("and " + rest + " more columns");
		}
		return String.join(", ", parts);
	}

	/** The spreadsheet letters of a column: A, B, ..., Z, AA, AB, ... */
	static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString().toUpperCase(Locale.ROOT);
	}

	private static String where(String name, int column) {
		return name + " (" + letters(column) + ")";
	}
}
