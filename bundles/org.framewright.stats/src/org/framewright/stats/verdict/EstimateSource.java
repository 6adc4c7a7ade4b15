package org.framewright.stats.verdict;

import java.util.List;
import java.util.Optional;

import org.framewright.model.MediationStage;
import org.framewright.stats.bootstrap.BootstrapDistribution;

/**
 * The coefficients an estimation gives, looked up by what they stand for, so that hypotheses are judged alike from
 * the composite path model and from the structural equation model.
 */
public interface EstimateSource {

	/** The coefficient of the path from a cause to an effect. */
	Optional<Estimate> path(String cause, String effect);

	/**
	 * The coefficient of the interaction of a cause and a moderator in the regression of an effect; none by default,
	 * as a structural equation model without latent interactions estimates none.
	 */
	default Optional<Estimate> interaction(String cause, String moderator, String effect) {
		return Optional.empty();
	}

	/** The coefficient of the square of a cause in the regression of an effect; none by default, as for interactions. */
	default Optional<Estimate> square(String cause, String effect) {
		return Optional.empty();
	}

	/** How the estimates were made, for the report, e.g. "composite scores, OLS". */
	String method();

	/**
	 * The sampling covariance of two estimates (by their keys). Zero by default: coefficients of different
	 * regressions estimated separately, such as the segments of a mediation chain in a composite path model.
	 */
	default double covariance(Estimate a, Estimate b) {
		return 0;
	}

	/**
	 * The bootstrap distribution of the indirect effect along a chain of constructs, when the source resampled the
	 * cases; a mediation is then judged by its draws instead of by Monte Carlo draws of its paths. Empty by default.
	 */
	default Optional<BootstrapDistribution> bootstrapIndirect(List<String> chain) {
		return Optional.empty();
	}

	/**
	 * The bootstrap distribution of the index of moderated mediation of a mediation hypothesis by the moderator of
	 * one of its stages, when the source resampled the cases; a moderated mediation is then judged by its draws
	 * instead of by Monte Carlo draws of its coefficients. Empty by default.
	 */
	default Optional<BootstrapDistribution> bootstrapIndex(String mediation, String moderator, MediationStage stage) {
		return Optional.empty();
	}
}
