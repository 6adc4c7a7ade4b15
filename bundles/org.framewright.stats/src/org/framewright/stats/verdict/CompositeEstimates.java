package org.framewright.stats.verdict;

import java.util.Optional;

import org.framewright.model.MediationStage;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapQuantity;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.regression.RegressionResult;

/**
 * The composite path model's coefficients as estimates to judge hypotheses by: unstandardized from raw data,
 * standardized when only a correlation table was given, each with its t test's residual degrees of freedom. With a
 * bootstrap of the composite path model's cases (as PROCESS bootstraps its regressions), a moderated mediation is
 * judged by the bootstrap draws of its index; moderations stay judged by their interaction's t test.
 */
public final class CompositeEstimates implements EstimateSource {

	private final PathEstimates estimates;
	private final Optional<BootstrapResult> bootstrap;

	public CompositeEstimates(PathEstimates estimates) {
		this(estimates, Optional.empty());
	}

	/** With the bootstrap whose draws judge the moderated mediations (only its composite path model's quantities are used). */
	public CompositeEstimates(PathEstimates estimates, Optional<BootstrapResult> bootstrap) {
		this.estimates = estimates;
		this.bootstrap = bootstrap;
	}

	@Override
	public Optional<BootstrapDistribution> bootstrapIndex(String mediation, String moderator, MediationStage stage) {
		return bootstrap.flatMap(b -> b.indexOfModeratedMediation(mediation, moderator, stage));
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
		boolean indexes = bootstrap.isPresent() && bootstrap.get().distributions().stream()
				.anyMatch(d -> d.kind() == BootstrapQuantity.Kind.INDEX_OF_MODERATED_MEDIATION);
		return "composite scores (item means), OLS" + (indexes ? ", moderated mediations by a " + bootstrap.get().description() : "");
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
