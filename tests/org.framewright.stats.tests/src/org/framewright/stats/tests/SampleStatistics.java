package org.framewright.stats.tests;

/** The plain sample statistics tests compute their expectations with: the mean, R's sd, a centred product. */
final class SampleStatistics {

	private SampleStatistics() {
	}

	static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** The standard deviation with divisor n - 1, as R's {@code sd}. */
	static double sd(double[] values) {
		double mean = mean(values);
		double sum = 0;
		for (double value : values) {
			sum += (value - mean) * (value - mean);
		}
		return Math.sqrt(sum / (values.length - 1));
	}

	/** The product of two variables centred at their means, case by case. */
	static double[] centredProduct(double[] a, double[] b) {
		double meanA = mean(a);
		double meanB = mean(b);
		double[] product = new double[a.length];
		for (int c = 0; c < a.length; c++) {
			product[c] = (a[c] - meanA) * (b[c] - meanB);
		}
		return product;
	}
}
