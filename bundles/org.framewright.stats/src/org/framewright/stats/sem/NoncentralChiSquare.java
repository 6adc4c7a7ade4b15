package org.framewright.stats.sem;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Gamma;

/**
 * The noncentral chi-square distribution's CDF as a Poisson mixture of central ones, P(X <= x) = sum_j
 * Pois(j; lambda/2) P(chi2_{k+2j} <= x) (Johnson, Kotz &amp; Balakrishnan 1995, ch. 29), and the noncentrality at
 * which it takes a given value, which the RMSEA's confidence interval needs (Browne &amp; Cudeck 1993).
 */
final class NoncentralChiSquare {

	/**
	 * Poisson weights below 1e-17 add nothing a double can hold to a probability of order 1; past the mode the
	 * weights fall geometrically, so summing stops there.
	 */
	private static final double NEGLIGIBLE_WEIGHT = 1e-17;

	/** The regularized gamma function's series is summed to 1e-15, near double precision. */
	private static final double GAMMA_EPSILON = 1e-15;

	private static final int GAMMA_ITERATIONS = 100_000;

	/** The noncentrality is solved to 1e-10: the RMSEA bounds it gives then agree to about 1e-10 / (2 N df RMSEA). */
	private static final double NONCENTRALITY_ACCURACY = 1e-10;

	private NoncentralChiSquare() {
	}

	/** P(X <= x) for k degrees of freedom and noncentrality lambda. */
	static double cdf(double x, double k, double lambda) {
		if (x <= 0) {
			return 0;
		}
		double half = lambda / 2;
		if (half == 0) {
			return central(x, k);
		}
		int mode = (int) Math.floor(half);
		double sum = 0;
		for (int j = mode; j >= 0; j--) {
			double weight = poisson(j, half);
			sum += weight * central(x, k + 2.0 * j);
			if (weight < NEGLIGIBLE_WEIGHT) {
				break;
			}
		}
		for (int j = mode + 1;; j++) {
			double weight = poisson(j, half);
			sum += weight * central(x, k + 2.0 * j);
			if (weight < NEGLIGIBLE_WEIGHT) {
				break;
			}
		}
		return Math.min(1, sum);
	}

	/**
	 * The noncentrality lambda at which P(X <= x) equals p, or 0 when even lambda = 0 gives less than p (the CDF
	 * falls as lambda grows, so the root is unique).
	 */
	static double noncentralityFor(double x, double k, double p) {
		if (cdf(x, k, 0) < p) {
			return 0;
		}
		double high = Math.max(1, x);
		while (cdf(x, k, high) > p) {
			high *= 2;
		}
		return new BrentSolver(NONCENTRALITY_ACCURACY).solve(1000, lambda -> cdf(x, k, lambda) - p, 0, high);
	}

	/** P(X > x) for the central chi-square with k degrees of freedom. */
	static double upperTail(double x, double k) {
		return x <= 0 ? 1 : Gamma.regularizedGammaQ(k / 2, x / 2, GAMMA_EPSILON, GAMMA_ITERATIONS);
	}

	private static double central(double x, double k) {
		return Gamma.regularizedGammaP(k / 2, x / 2, GAMMA_EPSILON, GAMMA_ITERATIONS);
	}

	private static double poisson(int j, double mean) {
		return Math.exp(-mean + j * Math.log(mean) - Gamma.logGamma(j + 1.0));
	}
}
