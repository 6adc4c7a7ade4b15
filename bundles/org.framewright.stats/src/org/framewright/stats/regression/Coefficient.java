package org.framewright.stats.regression;

/**
 * One coefficient of a regression.
 *
 * @param term              the predictor's name, or {@link #INTERCEPT}
 * @param estimate          the unstandardized coefficient b (the standardized one when only correlations are known)
 * @param standardError     the standard error of {@code estimate}
 * @param standardized      the standardized coefficient beta = b * sd(x) / sd(y); NaN for the intercept
 * @param standardizedError the standard error of beta, sqrt((1 - R²) / (n - k - 1) * [Rxx^-1]_jj); NaN for the intercept
 * @param t                 estimate / standardError (the same for beta)
 * @param p                 the two-sided p-value of t on n - k - 1 degrees of freedom
 * @param vif               the variance inflation factor 1 / (1 - R²_j) = [Rxx^-1]_jj; NaN for the intercept
 */
public record Coefficient(String term, double estimate, double standardError, double standardized, double standardizedError, double t,
		double p, double vif) {

	/** The name of the intercept's term, as R's {@code lm} names it. */
	public static final String INTERCEPT = "(Intercept)";
}
