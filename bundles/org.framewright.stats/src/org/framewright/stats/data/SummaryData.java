package org.framewright.stats.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * Summary data as papers publish them: a correlation or covariance matrix of named variables with the sample size
 * N, and optionally the standard deviations and means; of items, or of constructs (composite scores). Read with
 * {@link #read(Path, int, Level)} from a CSV or whitespace table (lower triangle or full), or built with
 * {@link #of(String, List, double[][], int, Level)}.
 */
public final class SummaryData {

	/** Whether the variables are questionnaire items or constructs' composite scores. */
	public enum Level {
		ITEM, CONSTRUCT
	}

	private final String source;
	private final List<String> names;
	private final double[][] matrix;
	private final boolean correlation;
	private final int n;
	private final double[] standardDeviations;
	private final double[] means;
	private final Level level;

	SummaryData(String source, List<String> names, double[][] matrix, boolean correlation, int n, double[] standardDeviations,
			double[] means, Level level) {
		this.source = source;
		this.names = List.copyOf(names);
		this.matrix = copy(matrix);
		this.correlation = correlation;
		this.n = n;
		this.standardDeviations = standardDeviations == null ? null : standardDeviations.clone();
		this.means = means == null ? null : means.clone();
		this.level = level;
	}

	/** Reads a table from a file: CSV (comma, semicolon or tab) or columns separated by spaces. */
	public static Result<SummaryData> read(Path file, int n, Level level) {
		String name = file.getFileName().toString();
		try {
			// Through the text, so that a whitespace table (as papers print them) reads as well as a CSV.
			return new SummaryDataReader(name, n, level).parse(CsvReader.decode(Files.readAllBytes(file)));
		} catch (IOException e) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.UNREADABLE_FILE, name, 0, null,
					"The file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")."));
		}
	}

	/** Reads a table from text; {@code fileName} names it in problems. */
	public static Result<SummaryData> parse(String fileName, String text, int n, Level level) {
		return new SummaryDataReader(fileName, n, level).parse(text);
	}

	/** Summary data from a full matrix given in code; checked as a table would be. */
	public static Result<SummaryData> of(String source, List<String> names, double[][] matrix, int n, Level level) {
		return new SummaryDataReader(source, n, level).check(names, matrix, null, null, new ArrayList<>(), 0);
	}

	/** The same data with the standard deviations of the variables, in the order of {@link #names()}. */
	public Result<SummaryData> withStandardDeviations(double[] sds) {
		List<Problem> problems = new ArrayList<>();
		SummaryDataReader.checkStandardDeviations(source, names, sds, 0, problems);
		return Result.of(new SummaryData(source, names, matrix, correlation, n, sds, means, level), problems);
	}

	/** The same data with the means of the variables, in the order of {@link #names()}. */
	public Result<SummaryData> withMeans(double[] meanValues) {
		if (meanValues.length != names.size()) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_MATRIX, source, 0, null, "There are "
					+ meanValues.length + " means for the " + names.size() + " variables of the table."));
		}
		return Result.ok(new SummaryData(source, names, matrix, correlation, n, standardDeviations, meanValues, level));
	}

	public String source() {
		return source;
	}

	public List<String> names() {
		return names;
	}

	public int n() {
		return n;
	}

	public Level level() {
		return level;
	}

	/** Whether the table holds correlations (a unit diagonal) rather than covariances. */
	public boolean isCorrelation() {
		return correlation;
	}

	/** Whether the variables' scales are known: a covariance table, or correlations with standard deviations. */
	public boolean hasScales() {
		return !correlation || standardDeviations != null;
	}

	public boolean hasMeans() {
		return means != null;
	}

	/** The table as given, full and symmetric; a copy. */
	public double[][] matrix() {
		return copy(matrix);
	}

	/**
	 * The moments of the variables: covariances from a covariance table, or from correlations and standard
	 * deviations (S = D R D); from correlations alone the correlation matrix, marked as standardized only.
	 */
	public Moments moments() {
		int p = names.size();
		double[][] covariance = copy(matrix);
		if (correlation && standardDeviations != null) {
			for (int i = 0; i < p; i++) {
				for (int j = 0; j < p; j++) {
					covariance[i][j] = matrix[i][j] * standardDeviations[i] * standardDeviations[j];
				}
			}
		}
		return new Moments(names, covariance, means == null ? null : means.clone(), n, !hasScales());
	}

	private static double[][] copy(double[][] matrix) {
		double[][] copy = new double[matrix.length][];
		for (int i = 0; i < matrix.length; i++) {
			copy[i] = matrix[i].clone();
		}
		return copy;
	}

	@Override
	public String toString() {
		return (correlation ? "correlations" : "covariances") + " of " + names + " (N = " + n + ", " + level + " level)";
	}
}
