package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting values in lavaan's spirit (its "simple" start, refined by ratios of covariances for loadings): residual
 * variances of indicators half their observed variance, latent variances half the variance of their marker, the
 * variances of observed exogenous variables (controls) their observed variance, regressions and covariances 0; a
 * loading the ratio of the indicator's and the marker's covariances with the factor's other indicators (the
 * one-factor model gives cov(i, k) / cov(m, k) = lambda_i / lambda_m = lambda_i). Such a start implies a positive
 * definite Sigma (a diagonal-dominant one), from which scoring converges.
 */
final class StartingValues {

	/** Half: lavaan's default share of an indicator's variance given to its residual at the start. */
	private static final double HALF = 0.5;

	/** A ratio beyond 10 in size means the covariances it came from were near 0, not a real loading: start at 1. */
	private static final double IMPLAUSIBLE_LOADING = 10;

	private final SemModel model;
	private final double[][] s;
	private final Map<Integer, Integer> markers = new HashMap<>();
	private final Map<Integer, List<Integer>> indicators = new HashMap<>();

	private StartingValues(SemModel model, double[][] s) {
		this.model = model;
		this.s = s;
		for (Parameter parameter : model.parameters()) {
			if (parameter.kind() == Parameter.Kind.LOADING) {
				indicators.computeIfAbsent(parameter.source(), key -> new ArrayList<>()).add(parameter.target());
				if (!parameter.free()) {
					markers.putIfAbsent(parameter.source(), parameter.target());
				}
			}
		}
	}

	/** The starting values of the free parameters, in the order of {@link SemModel#freeParameters()}. */
	static double[] of(SemModel model, double[][] sampleCovariance) {
		StartingValues start = new StartingValues(model, sampleCovariance);
		return model.freeParameters().stream().mapToDouble(start::value).toArray();
	}

	private double value(Parameter parameter) {
		return switch (parameter.kind()) {
			case LOADING -> loading(parameter.source(), parameter.target());
			case REGRESSION, COVARIANCE -> 0;
			case VARIANCE -> variance(parameter.target());
		};
	}

	private double variance(int variable) {
		boolean observed = variable < model.observed().size();
		boolean indicator = indicators.values().stream().anyMatch(list -> list.contains(variable));
		if (observed) {
			return indicator ? HALF * s[variable][variable] : s[variable][variable];
		}
		return HALF * scale(variable);
	}

	/** The variance a variable is expected to have: its observed variance, or half its marker's for a latent one. */
	private double scale(int variable) {
		if (variable < model.observed().size()) {
			return s[variable][variable];
		}
		Integer marker = markers.get(variable);
		return marker == null ? 1 : HALF * scale(marker);
	}

	private double loading(int factor, int indicator) {
		Integer marker = markers.get(factor);
		int p = model.observed().size();
		if (marker == null || marker >= p || indicator >= p) {
			return 1;
		}
		double numerator = 0;
		double denominator = 0;
		for (int other : indicators.get(factor)) {
			if (other != marker && other != indicator && other < p) {
				numerator += s[indicator][other];
				denominator += s[marker][other];
			}
		}
		double ratio = numerator / denominator;
		return Double.isFinite(ratio) && Math.abs(ratio) <= IMPLAUSIBLE_LOADING && denominator != 0 ? ratio : 1;
	}
}
