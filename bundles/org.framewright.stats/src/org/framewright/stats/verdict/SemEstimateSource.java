package org.framewright.stats.verdict;

import java.util.List;
import java.util.Optional;

import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.sem.SemEstimates;

/**
 * A structural equation model's regression coefficients as estimates to judge hypotheses by, with z tests and the
 * covariances of the estimates from the inverse information, so that a Monte Carlo interval of an indirect effect
 * keeps the correlation of its paths. Interactions and squares are not estimated by the model.
 */
public final class SemEstimateSource implements EstimateSource {

	private final SemEstimates estimates;
	private final List<ParameterEstimate> free;

	public SemEstimateSource(SemEstimates estimates) {
		this.estimates = estimates;
		this.free = estimates.freeEstimates();
	}

	@Override
	public Optional<Estimate> path(String cause, String effect) {
		for (int k = 0; k < free.size(); k++) {
			ParameterEstimate e = free.get(k);
			if (e.op().equals("~") && e.lhs().equals(effect) && e.rhs().equals(cause)) {
				// The key is the estimate's position among the free ones: the row of the covariance matrix.
				return Optional.of(new Estimate(e.estimate(), e.standardError(), Double.POSITIVE_INFINITY, Integer.toString(k)));
			}
		}
		return Optional.empty();
	}

	@Override
	public String method() {
		return "a structural equation model (maximum likelihood)";
	}

	@Override
	public double covariance(Estimate a, Estimate b) {
		int i = index(a.key());
		int j = index(b.key());
		return i < 0 || j < 0 ? 0 : estimates.covarianceOfEstimates(i, j);
	}

	private static int index(String key) {
		try {
			return key == null ? -1 : Integer.parseInt(key);
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
