package org.framewright.stats.sem;

/**
 * The completely standardized value of a parameter (lavaan's std.all), from the implied variances of all variables:
 * a loading or a regression times sd(source) / sd(target); a variance divided by the total variance of its variable
 * (for an endogenous one, 1 - R²); a covariance divided by the square roots of the two (residual) variances, which
 * for exogenous variables are their total variances and for residuals makes it a residual correlation, as lavaan.
 */
final class StandardizedSolution {

	private StandardizedSolution() {
	}

	static double of(Parameter parameter, double value, ImpliedMoments implied) {
		int target = parameter.target();
		int source = parameter.source();
		return switch (parameter.kind()) {
			case LOADING, REGRESSION -> value * Math.sqrt(implied.variance(source) / implied.variance(target));
			case VARIANCE -> value / implied.variance(target);
			case COVARIANCE -> value / Math.sqrt(implied.s()[target][target] * implied.s()[source][source]);
		};
	}
}
