package org.framewright.stats.regression;

import java.util.List;
import java.util.Optional;

/**
 * A fitted regression of one outcome on its predictors.
 *
 * @param outcome                the outcome's name
 * @param coefficients           the intercept first (when the means are known), then the predictors in order
 * @param rSquared               R²
 * @param adjustedRSquared       1 - (1 - R²)(n - 1) / (n - k - 1)
 * @param fStatistic             the F test of all predictors
 * @param fPValue                its p-value on k and n - k - 1 degrees of freedom
 * @param residualStandardError  the residual standard deviation (on the outcome's standardized scale when only
 *                               correlations are known)
 * @param n                      the number of cases
 * @param residualDf             n - k - 1
 * @param standardizedOnly       true when only correlations were known, so every estimate is standardized
 */
public record RegressionResult(String outcome, List<Coefficient> coefficients, double rSquared, double adjustedRSquared,
		double fStatistic, double fPValue, double residualStandardError, int n, int residualDf, boolean standardizedOnly) {

	public RegressionResult {
		coefficients = List.copyOf(coefficients);
	}

	/** The coefficient of a term, if the regression has it. */
	public Optional<Coefficient> coefficient(String term) {
		return coefficients.stream().filter(c -> c.term().equals(term)).findFirst();
	}

	/** The predictors' coefficients, without the intercept. */
	public List<Coefficient> slopes() {
		return coefficients.stream().filter(c -> !c.term().equals(Coefficient.INTERCEPT)).toList();
	}
}
