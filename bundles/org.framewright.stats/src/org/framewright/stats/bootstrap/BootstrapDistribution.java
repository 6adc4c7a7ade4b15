package org.framewright.stats.bootstrap;

import java.util.Arrays;

/**
 * The bootstrap distribution of one quantity: its estimate on the full sample, its values over the admissible
 * draws, and the acceleration of BCa from the jackknife. Intervals at any level, by three methods:
 * <ul>
 * <li>percentile: the (1 - level) / 2 and (1 + level) / 2 quantiles of the draws (lavaan's boot.ci.type "perc");</li>
 * <li>bias-corrected (BC): the quantiles shifted by the bias z0 = Phi^-1(share of draws below the estimate),
 * alpha' = Phi(2 z0 + z_alpha) (Efron 1981; lavaan's "bca.simple", which despite its name has no acceleration);</li>
 * <li>bias-corrected and accelerated (BCa): alpha' = Phi(z0 + (z0 + z_alpha) / (1 - a (z0 + z_alpha))) with the
 * acceleration a from the jackknife (Efron 1987; Efron and Tibshirani 1993, 14.3).</li>
 * </ul>
 */
public final class BootstrapDistribution {

	private final BootstrapQuantity quantity;
	private final double estimate;
	private final double[] sorted;
	private final double acceleration;
	private final double bias;

	BootstrapDistribution(BootstrapQuantity quantity, double estimate, double[] draws, double acceleration) {
		this.quantity = quantity;
		this.estimate = estimate;
		this.sorted = draws.clone();
		Arrays.sort(sorted);
		this.acceleration = acceleration;
		int below = 0;
		while (below < sorted.length && sorted[below] < estimate) {
			below++;
		}
		this.bias = OrderStatistics.STANDARD_NORMAL.inverseCumulativeProbability(below / (double) sorted.length);
	}

	public String name() {
		return quantity.name();
	}

	public BootstrapQuantity.Kind kind() {
		return quantity.kind();
	}

	/** The estimate on the full sample. */
	public double estimate() {
		return estimate;
	}

	/** The number of admissible draws behind the distribution. */
	public int draws() {
		return sorted.length;
	}

	/** The draws, sorted ascending; a copy. */
	public double[] sortedDraws() {
		return sorted.clone();
	}

	/** The bootstrap standard error: the standard deviation of the draws (divisor B - 1). */
	public double standardError() {
		double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
		double sum = 0;
		for (double x : sorted) {
			sum += (x - mean) * (x - mean);
		}
		return Math.sqrt(sum / (sorted.length - 1));
	}

	/** The bias correction z0 of BC and BCa. */
	public double bias() {
		return bias;
	}

	/** The acceleration a of BCa (from the jackknife of the cases). */
	public double acceleration() {
		return acceleration;
	}

	/** The share of draws at or below a value. */
	public double shareAtOrBelow(double value) {
		int count = 0;
		while (count < sorted.length && sorted[count] <= value) {
			count++;
		}
		return count / (double) sorted.length;
	}

	/** The share of draws at or above a value. */
	public double shareAtOrAbove(double value) {
		int count = 0;
		while (count < sorted.length && sorted[sorted.length - 1 - count] >= value) {
			count++;
		}
		return count / (double) sorted.length;
	}

	public Interval percentile(double level) {
		return new Interval(OrderStatistics.quantile(sorted, (1 - level) / 2), OrderStatistics.quantile(sorted, (1 + level) / 2));
	}

	public Interval biasCorrected(double level) {
		return adjusted(level, 0);
	}

	public Interval biasCorrectedAccelerated(double level) {
		return adjusted(level, acceleration);
	}

	private Interval adjusted(double level, double a) {
		return new Interval(OrderStatistics.quantile(sorted, adjustedAlpha((1 - level) / 2, a)),
				OrderStatistics.quantile(sorted, adjustedAlpha((1 + level) / 2, a)));
	}

	private double adjustedAlpha(double alpha, double a) {
		double z = bias + OrderStatistics.STANDARD_NORMAL.inverseCumulativeProbability(alpha);
		return OrderStatistics.STANDARD_NORMAL.cumulativeProbability(bias + z / (1 - a * z));
	}

	@Override
	public String toString() {
		return name() + " = " + estimate + ", percentile 95% " + percentile(0.95) + ", " + draws() + " draws";
	}
}
