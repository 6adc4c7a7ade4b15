package org.framewright.stats.verdict;

import java.util.List;
import java.util.Optional;

import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapResult;

/**
 * A structural equation model's estimates with a bootstrap of its cases: single paths are judged by their z tests
 * as {@link SemEstimateSource} judges them, mediations by the bootstrap draws of their indirect effects (percentile
 * intervals, p as the share of draws on the wrong side of zero).
 */
public final class BootstrapEstimateSource implements EstimateSource {

	private final SemEstimateSource estimates;
	private final BootstrapResult bootstrap;

	public BootstrapEstimateSource(SemEstimateSource estimates, BootstrapResult bootstrap) {
		this.estimates = estimates;
		this.bootstrap = bootstrap;
	}

	@Override
	public Optional<Estimate> path(String cause, String effect) {
		return estimates.path(cause, effect);
	}

	@Override
	public Optional<Estimate> interaction(String cause, String moderator, String effect) {
		return estimates.interaction(cause, moderator, effect);
	}

	@Override
	public Optional<Estimate> square(String cause, String effect) {
		return estimates.square(cause, effect);
	}

	@Override
	public double covariance(Estimate a, Estimate b) {
		return estimates.covariance(a, b);
	}

	@Override
	public Optional<BootstrapDistribution> bootstrapIndirect(List<String> chain) {
		return bootstrap.indirect(chain);
	}

	@Override
	public String method() {
		return estimates.method() + ", mediations by a " + bootstrap.description();
	}
}
