package org.framewright.stats.bootstrap;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The cases of a data set as rows, centred at their means once, and the ML covariance matrix (divisor: the total
 * weight) of a weighted set of them: a bootstrap resample is the cases drawn with replacement, i.e. each case
 * weighted by how often it was drawn; a jackknife sample is every case but some, weighted 1. Centring first keeps
 * the one-pass sum of squares free of cancellation.
 */
final class CaseWeights {

	private final double[][] rows;
	private final int p;

	/** From columns of equal length (one per observed variable, in the model's order). */
	CaseWeights(double[][] columns) {
		this.p = columns.length;
		int n = columns[0].length;
		rows = new double[n][p];
		for (int j = 0; j < p; j++) {
			double mean = 0;
			for (double x : columns[j]) {
				mean += x;
			}
			mean /= n;
			for (int i = 0; i < n; i++) {
				rows[i][j] = columns[j][i] - mean;
			}
		}
	}

	int cases() {
		return rows.length;
	}

	/** How often each case is drawn when N cases are drawn with replacement from one random stream. */
	static void resample(SplittableRandom random, int[] counts) {
		Arrays.fill(counts, 0);
		for (int i = 0; i < counts.length; i++) {
			counts[random.nextInt(counts.length)]++;
		}
	}

	/**
	 * The covariance matrix with divisor sum(w) of the cases weighted by {@code weights}, written into {@code into}
	 * (p x p); {@code mean} is a work array of length p.
	 */
	void covariance(int[] weights, double[][] into, double[] mean) {
		Arrays.fill(mean, 0);
		for (double[] row : into) {
			Arrays.fill(row, 0);
		}
		long total = 0;
		for (int i = 0; i < rows.length; i++) {
			int weight = weights[i];
			if (weight == 0) {
				continue;
			}
			total += weight;
			double[] x = rows[i];
			for (int r = 0; r < p; r++) {
				double wx = weight * x[r];
				mean[r] += wx;
				double[] out = into[r];
				for (int c = 0; c <= r; c++) {
					out[c] += wx * x[c];
				}
			}
		}
		for (int r = 0; r < p; r++) {
			mean[r] /= total;
		}
		for (int r = 0; r < p; r++) {
			for (int c = 0; c <= r; c++) {
				into[r][c] = into[c][r] = into[r][c] / total - mean[r] * mean[c];
			}
		}
	}
}
