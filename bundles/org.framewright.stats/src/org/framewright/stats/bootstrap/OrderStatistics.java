package org.framewright.stats.bootstrap;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Quantiles of bootstrap draws as the R package boot (and so lavaan) takes them: the (R + 1) alpha-th order
 * statistic, interpolated between the two nearest ones on the standard normal scale where (R + 1) alpha is not a
 * whole number (Davison and Hinkley 1997, eq. 5.8), and the extreme draw where it falls outside [1, R].
 */
final class OrderStatistics {

	static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	private OrderStatistics() {
	}

	/** The alpha quantile of draws sorted ascending. */
	static double quantile(double[] sorted, double alpha) {
		int r = sorted.length;
		if (Double.isNaN(alpha)) {
			return Double.NaN;
		}
		double rank = (r + 1) * alpha;
		int k = (int) Math.floor(rank);
		if (k <= 0) {
			return sorted[0];
		}
		if (k >= r) {
			return sorted[r - 1];
		}
		if (k == rank) {
			return sorted[k - 1];
		}
		double z = STANDARD_NORMAL.inverseCumulativeProbability(alpha);
		double zk = STANDARD_NORMAL.inverseCumulativeProbability(k / (r + 1.0));
		double zNext = STANDARD_NORMAL.inverseCumulativeProbability((k + 1) / (r + 1.0));
		return sorted[k - 1] + (z - zk) / (zNext - zk) * (sorted[k] - sorted[k - 1]);
	}
}
