package org.framewright.stats.power;

import java.util.SplittableRandom;

/**
 * Draws the sample covariance matrix of n cases from a multivariate normal population directly, by Bartlett's
 * decomposition of the Wishart distribution (Bartlett 1933; Smith and Hocking 1972): S = L A A' L' / (n - 1), with L
 * the Cholesky factor of the population covariance, A lower triangular, A_ii the square root of a chi-square on n - 1
 * - i degrees of freedom and A_ij (i > j) standard normal. Exact for normal data and O(p²) per draw instead of the
 * O(n p²) of simulating the cases, which is what makes thousands of replications take seconds.
 */
final class WishartSampler {

	private final double[][] root;
	private final int p;

	/** @param root the lower Cholesky factor of the population covariance */
	WishartSampler(double[][] root) {
		this.root = root;
		this.p = root.length;
	}

	/** The sample covariance (divisor n - 1) of n cases. */
	double[][] sample(int n, SplittableRandom random) {
		int df = n - 1;
		double[][] a = new double[p][p];
		for (int i = 0; i < p; i++) {
			a[i][i] = Math.sqrt(chiSquare(df - i, random));
			for (int j = 0; j < i; j++) {
				a[i][j] = random.nextGaussian();
			}
		}
		// B = L A (lower triangular), then S = B B' / df.
		double[][] b = new double[p][p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = j; k <= i; k++) {
					sum += root[i][k] * a[k][j];
				}
				b[i][j] = sum;
			}
		}
		double[][] s = new double[p][p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = 0; k <= j; k++) {
					sum += b[i][k] * b[j][k];
				}
				s[i][j] = sum / df;
				s[j][i] = s[i][j];
			}
		}
		return s;
	}

	static double chiSquare(int df, SplittableRandom random) {
		return 2 * gamma(df / 2.0, random);
	}

	/**
	 * A Gamma(shape, 1) variate by Marsaglia and Tsang's method (2000); for a shape below 1, from Gamma(shape + 1)
	 * times U^(1 / shape).
	 */
	static double gamma(double shape, SplittableRandom random) {
		if (shape < 1) {
			return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
		}
		double d = shape - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double x = random.nextGaussian();
			double v = 1 + c * x;
			if (v <= 0) {
				continue;
			}
			v = v * v * v;
			double u = random.nextDouble();
			if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
				return d * v;
			}
		}
	}
}
