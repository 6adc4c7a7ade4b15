package org.framewright.stats.bootstrap;

/**
 * The acceleration of BCa from jackknife values of a quantity (Efron and Tibshirani 1993, eq. 14.15):
 * a = sum (mean - t_i)^3 / (6 (sum (mean - t_i)^2)^(3/2)), over the values that are finite (failed refits are NaN).
 */
final class Jackknife {

	/**
	 * Up to 1000 cases each case is left out once; beyond, the cases are left out in 1000 groups of consecutive
	 * cases (the delete-d jackknife), which estimates the same influence function from 1000 refits: the acceleration
	 * is a third-moment correction of a few hundredths, and 1000 groups keep its sampling error far below that while
	 * bounding the work to a fifth of 5000 draws whatever N.
	 */
	static final int MAX_GROUPS = 1000;

	private Jackknife() {
	}

	static int groups(int cases) {
		return Math.min(cases, MAX_GROUPS);
	}

	/** The first case of a group (groups of consecutive cases, sizes differing by at most one). */
	static int firstCase(int group, int groups, int cases) {
		return (int) ((long) group * cases / groups);
	}

	static double acceleration(double[] values) {
		double mean = 0;
		int n = 0;
		for (double value : values) {
			if (Double.isFinite(value)) {
				mean += value;
				n++;
			}
		}
		if (n < 3) {
			return 0;
		}
		mean /= n;
		double squares = 0;
		double cubes = 0;
		for (double value : values) {
			if (Double.isFinite(value)) {
				double d = mean - value;
				squares += d * d;
				cubes += d * d * d;
			}
		}
		return squares == 0 ? 0 : cubes / (6 * Math.pow(squares, 1.5));
	}
}
