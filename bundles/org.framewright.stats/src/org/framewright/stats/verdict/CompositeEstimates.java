package org.framewright.stats.verdict;

import java.util.Optional;

import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.regression.RegressionResult;

/**
 * The composite path model's coefficients as estimates to judge hypotheses by: unstandardized from raw data,
 * standardized when only a correlation table was given, each with its t test's residual degrees of freedom.
 */
public final class CompositeEstimates implements EstimateSource {

	private final PathEstimates estimates;

	public CompositeEstimates(PathEstimates estimates) {
		this.estimates = estimates;
	}

	@Override
	public Optional<Estimate> path(String cause, String effect) {
		return coefficient(effect, cause);
	}

	@Override
	public Optional<Estimate> interaction(String cause, String moderator, String effect) {
		return coefficient(effect, cause + "_x_" + moderator);
	}

	@Override
	public Optional<Estimate> square(String cause, String effect) {
		return coefficient(effect, cause + "_sq");
	}

	@Override
	public String method() {
		return "composite scores (item means), OLS";
	}

	private Optional<Estimate> coefficient(String outcome, String term) {
		Optional<RegressionResult> regression = estimates.regression(outcome);
		if (regression.isEmpty()) {
			return Optional.empty();
		}
		Optional<Coefficient> coefficient = regression.get().coefficient(term);
		return coefficient.map(c -> new Estimate(c.estimate(), c.standardError(), regression.get().residualDf(), outcome + " ~ " + term));
	}
}
