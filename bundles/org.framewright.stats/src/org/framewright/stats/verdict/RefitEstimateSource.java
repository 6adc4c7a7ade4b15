package org.framewright.stats.verdict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framewright.stats.sem.Parameter;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.WarmStartFit;

/**
 * The paths of a structural equation model just refitted by a {@link WarmStartFit}, with the covariance of the
 * estimates from {@link WarmStartFit#covarianceOfEstimates}: what a simulation judges each replication by, without
 * the full {@link org.framewright.stats.sem.SemEstimates} (parameter table, standardized solution, R squared) that a
 * report needs and a power analysis does not. Judged as {@link SemEstimateSource} is: z tests of the paths, and Monte
 * Carlo draws of an indirect effect keeping its paths' covariances.
 */
public final class RefitEstimateSource implements EstimateSource {

	/** Where each regression path of a model is among its free parameters, looked up once per model. */
	public static final class Paths {
		private final Map<String, Integer> positions = new HashMap<>();

		private Paths(SemModel model) {
			List<Parameter> free = model.freeParameters();
			for (int k = 0; k < free.size(); k++) {
				Parameter parameter = free.get(k);
				if (parameter.kind() == Parameter.Kind.REGRESSION) {
					positions.putIfAbsent(key(parameter.rhs(), parameter.lhs()), k);
				}
			}
		}

		public static Paths of(SemModel model) {
			return new Paths(model);
		}

		private static String key(String cause, String effect) {
			return cause + "\u0000" + effect;
		}
	}

	private final Paths paths;
	private final WarmStartFit fit;
	private final double[][] covariance;

	/** The estimates of a converged fit and their covariance matrix (both are read, not copied). */
	public RefitEstimateSource(Paths paths, WarmStartFit fit, double[][] covariance) {
		this.paths = paths;
		this.fit = fit;
		this.covariance = covariance;
	}

	@Override
	public Optional<Estimate> path(String cause, String effect) {
		Integer k = paths.positions.get(Paths.key(cause, effect));
		if (k == null) {
			return Optional.empty();
		}
		return Optional.of(new Estimate(fit.estimate(k), Math.sqrt(covariance[k][k]), Double.POSITIVE_INFINITY, Integer.toString(k)));
	}

	@Override
	public String method() {
		return "a structural equation model (maximum likelihood)";
	}

	@Override
	public double covariance(Estimate a, Estimate b) {
		return covariance[Integer.parseInt(a.key())][Integer.parseInt(b.key())];
	}
}
