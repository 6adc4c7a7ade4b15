package org.framewright.stats.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.Result;

/**
 * The raw responses of a study, ready for analysis: one column per variable the framework expects (item codes,
 * then controls), reverse-coded items already reversed, and only the complete cases (listwise deletion over these
 * columns). Read with {@link #read(Path, Framework)}; bad data give problems, never an exception.
 */
public final class ResponseData {

	private final String source;
	private final List<Variable> variables;
	private final Map<String, double[]> columns;
	private final int[] sourceRows;
	private final int rowsDropped;

	ResponseData(String source, List<Variable> variables, Map<String, double[]> columns, int[] sourceRows, int rowsDropped) {
		this.source = source;
		this.variables = List.copyOf(variables);
		this.columns = Map.copyOf(columns);
		this.sourceRows = sourceRows.clone();
		this.rowsDropped = rowsDropped;
	}

	/** Reads the questionnaire's CSV (header: item codes and control names) for a framework. */
	public static Result<ResponseData> read(Path csv, Framework framework) {
		return CsvReader.read(csv).then(table -> new ResponseDataReader(csv.getFileName().toString(), framework).read(table));
	}

	/** Reads CSV text for a framework; {@code fileName} names it in problems. */
	/**
	 * Simulated responses (a power analysis's samples): continuous columns by name, none reversed or dropped, each
	 * variable unbounded.
	 */
	public static ResponseData simulated(String source, List<String> names, double[][] columnsInOrder) {
		List<Variable> variables = new ArrayList<>();
		Map<String, double[]> columns = new java.util.LinkedHashMap<>();
		for (int j = 0; j < names.size(); j++) {
			variables.add(new Variable(names.get(j), null, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, false, java.util.Set.of(),
					false));
			columns.put(names.get(j), columnsInOrder[j]);
		}
		int n = names.isEmpty() ? 0 : columnsInOrder[0].length;
		return new ResponseData(source, variables, columns, java.util.stream.IntStream.range(2, n + 2).toArray(), 0);
	}

	public static Result<ResponseData> parse(String fileName, String csv, Framework framework) {
		return CsvReader.parse(fileName, csv).then(table -> new ResponseDataReader(fileName, framework).read(table));
	}

	/** The file the data came from. */
	public String source() {
		return source;
	}

	/** The analysed variables, in the framework's order. */
	public List<Variable> variables() {
		return variables;
	}

	public List<String> names() {
		return variables.stream().map(Variable::name).toList();
	}

	/** The number of complete cases. */
	public int size() {
		return sourceRows.length;
	}

	/** How many rows listwise deletion left out. */
	public int rowsDropped() {
		return rowsDropped;
	}

	/** The values of a variable over the complete cases (reverse-coded where the model says so); a copy. */
	public double[] column(String name) {
		return values(name).clone();
	}

	/**
	 * The values of a variable, not copied, for the readers in this package that only read them (composite scores,
	 * moments), so that a simulation analysing thousands of samples does not copy every column of each.
	 */
	double[] values(String name) {
		double[] column = columns.get(name);
		if (column == null) {
			throw new IllegalArgumentException(name + " is not a variable of these data: " + names());
		}
		return column;
	}

	/** The spreadsheet row (header = 1) a complete case came from. */
	public int sourceRow(int index) {
		return sourceRows[index];
	}

	/** The means and covariances of some of the variables. */
	public Moments moments(List<String> names) {
		List<double[]> selected = new ArrayList<>();
		names.forEach(name -> selected.add(values(name)));
		return Moments.of(names, selected);
	}

	@Override
	public String toString() {
		return source + ": " + size() + " complete cases of " + variables.size() + " variables (" + rowsDropped + " rows dropped)";
	}
}
