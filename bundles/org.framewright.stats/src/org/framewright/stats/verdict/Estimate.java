package org.framewright.stats.verdict;

/**
 * An estimated coefficient with its standard error, the degrees of freedom of its test statistic (an OLS
 * coefficient's residual degrees of freedom for a t test, or infinity for a maximum-likelihood estimate's z test),
 * and the key its source knows it by, for the covariances between estimates.
 */
public record Estimate(double value, double standardError, double degreesOfFreedom, String key) {

	/** A maximum-likelihood estimate, tested against the normal distribution. */
	public static Estimate normal(double value, double standardError) {
		return new Estimate(value, standardError, Double.POSITIVE_INFINITY, null);
	}
}
