package org.framewright.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first two moments of some variables: their covariance matrix (denominator n - 1, as R's {@code cov}), their
 * means when known, and the number of cases. Raw data and published tables both come down to this, so every
 * estimate is computed one way from either. When only correlations are known (no standard deviations), the
 * covariance matrix is the correlation matrix and {@link #standardizedOnly()} is true.
 */
public record Moments(List<String> names, double[][] covariance, double[] means, int n, boolean standardizedOnly) {

	public Moments {
		names = List.copyOf(names);
	}

	/** The moments of raw columns (one array per variable, all of the same length). */
	public static Moments of(List<String> names, List<double[]> columns) {
		int p = columns.size();
		int n = p == 0 ? 0 : columns.get(0).length;
		double[] means = new double[p];
		for (int j = 0; j < p; j++) {
			double sum = 0;
			for (double x : columns.get(j)) {
				sum += x;
			}
			means[j] = sum / n;
		}
		double[][] covariance = new double[p][p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j <= i; j++) {
				double[] a = columns.get(i);
				double[] b = columns.get(j);
				double sum = 0;
				for (int c = 0; c < n; c++) {
					sum += (a[c] - means[i]) * (b[c] - means[j]);
				}
				covariance[i][j] = covariance[j][i] = sum / (n - 1);
			}
		}
		return new Moments(names, covariance, means, n, false);
	}

	/** Whether the means are known (raw data, or a table that gives them). */
	public boolean hasMeans() {
		return means != null;
	}

	/** The position of a variable, or -1. */
	public int indexOf(String name) {
		return names.indexOf(name);
	}

	/**
	 * Why these moments cannot give what {@code what} needs from the named variables: a name they do not have, or
	 * fewer than {@code minimumN} cases; empty when they can.
	 */
	public Optional<Problem> lacks(List<String> needed, int minimumN, String what) {
		List<String> absent = needed.stream().filter(name -> !names.contains(name)).toList();
		if (!absent.isEmpty()) {
			return Optional.of(Problem.error(StatsIssueCodes.MISSING_VARIABLE, what + " needs " + Sentences.list(absent)
					+ ", which the data do not have; they have " + Sentences.list(names) + "."));
		}
		if (n < minimumN) {
			return Optional.of(Problem.error(StatsIssueCodes.TOO_FEW_CASES, what + " needs at least " + minimumN + " cases, but there "
					+ (n == 1 ? "is " : "are ") + n + "."));
		}
		return Optional.empty();
	}

	/** The standard deviation of each variable. */
	public double[] standardDeviations() {
		double[] sd = new double[names.size()];
		for (int i = 0; i < sd.length; i++) {
			sd[i] = Math.sqrt(covariance[i][i]);
		}
		return sd;
	}

	/** The correlation matrix. */
	public double[][] correlation() {
		double[] sd = standardDeviations();
		int p = names.size();
		double[][] r = new double[p][p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < p; j++) {
				r[i][j] = i == j ? 1 : covariance[i][j] / (sd[i] * sd[j]);
			}
		}
		return r;
	}

	/** The moments of some of the variables, in the order given; every name must be one of {@link #names()}. */
	public Moments select(List<String> selected) {
		int[] at = selected.stream().mapToInt(this::indexOf).toArray();
		double[][] c = new double[at.length][at.length];
		double[] m = means == null ? null : new double[at.length];
		for (int i = 0; i < at.length; i++) {
			for (int j = 0; j < at.length; j++) {
				c[i][j] = covariance[at[i]][at[j]];
			}
			if (m != null) {
				m[i] = means[at[i]];
			}
		}
		return new Moments(selected, c, m, n, standardizedOnly);
	}

	/**
	 * The moments of weighted sums of these variables (e.g. composite scores as item means): for weights W, the
	 * covariance W'SW and the means W'm. Each combination maps variable names to weights.
	 */
	public Moments combine(Map<String, Map<String, Double>> combinations) {
		List<String> combined = new ArrayList<>(combinations.keySet());
		int q = combined.size();
		int p = names.size();
		double[][] w = new double[q][p];
		for (int k = 0; k < q; k++) {
			for (Map.Entry<String, Double> entry : combinations.get(combined.get(k)).entrySet()) {
				w[k][indexOf(entry.getKey())] = entry.getValue();
			}
		}
		double[][] c = new double[q][q];
		double[] m = means == null ? null : new double[q];
		for (int a = 0; a < q; a++) {
			for (int b = 0; b < q; b++) {
				double sum = 0;
				for (int i = 0; i < p; i++) {
					if (w[a][i] == 0) {
						continue;
					}
					for (int j = 0; j < p; j++) {
						sum += w[a][i] * covariance[i][j] * w[b][j];
					}
				}
				c[a][b] = sum;
			}
			if (m != null) {
				double sum = 0;
				for (int i = 0; i < p; i++) {
					sum += w[a][i] * means[i];
				}
				m[a] = sum;
			}
		}
		return new Moments(combined, c, m, n, standardizedOnly);
	}
}
