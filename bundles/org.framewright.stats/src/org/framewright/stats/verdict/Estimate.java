package org.framewright.stats.verdict;

/**
 * An estimated coefficient with its standard error, and the degrees of freedom of its test statistic: an OLS
 * coefficient's residual degrees of freedom (a t test), or infinity for a maximum-likelihood estimate (a z test).
 */
public record Estimate(double value, double standardError, double degreesOfFreedom) {

	/** A maximum-likelihood estimate, tested against the normal distribution. */
	public static Estimate normal(double value, double standardError) {
		return new Estimate(value, standardError, Double.POSITIVE_INFINITY);
	}
}
