package org.framewright.stats.sem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model estimated by ML: the parameter table (estimates, standard errors, z, p, std.all), the fit measures, the R²
 * of every endogenous latent variable, the asymptotic covariance matrix of the free estimates (the inverse of the
 * expected information, in the order of {@link SemModel#freeParameters()}; Monte Carlo intervals of indirect effects
 * draw from it), the implied covariance matrix of the observed variables and the implied correlations of the latent
 * ones.
 */
public final class SemEstimates {

	private final SemModel model;
	private final List<ParameterEstimate> estimates;
	private final FitMeasures fit;
	private final Map<String, Double> rSquared;
	private final double[][] covarianceOfEstimates;
	private final double[][] impliedCovariance;
	private final double[][] latentCorrelations;
	private final int iterations;

	SemEstimates(SemModel model, List<ParameterEstimate> estimates, FitMeasures fit, Map<String, Double> rSquared, double[][] covarianceOfEstimates,
			double[][] impliedCovariance, double[][] latentCorrelations, int iterations) {
		this.model = model;
		this.estimates = List.copyOf(estimates);
		this.fit = fit;
		this.rSquared = Collections.unmodifiableMap(new LinkedHashMap<>(rSquared));
		this.covarianceOfEstimates = copy(covarianceOfEstimates);
		this.impliedCovariance = copy(impliedCovariance);
		this.latentCorrelations = copy(latentCorrelations);
		this.iterations = iterations;
	}

	public SemModel model() {
		return model;
	}

	/** Every parameter, free and fixed, in the model's order. */
	public List<ParameterEstimate> estimates() {
		return estimates;
	}

	/** The row of a parameter named as lavaan names it, e.g. {@code estimate("AL", "~", "MO")}. */
	public Optional<ParameterEstimate> estimate(String lhs, String op, String rhs) {
		return estimates.stream().filter(e -> e.lhs().equals(lhs) && e.op().equals(op) && e.rhs().equals(rhs)).findFirst();
	}

	/** The free parameters' rows, in the order of the covariance matrix of the estimates. */
	public List<ParameterEstimate> freeEstimates() {
		return estimates.stream().filter(ParameterEstimate::free).toList();
	}

	/** The fit measures; null for a quick refit ({@link SemEstimator#refit}), which does not compute them. */
	public FitMeasures fit() {
		return fit;
	}

	/** The R² of each endogenous latent variable (constructs with paths into them, dimensions of higher-order ones). */
	public Map<String, Double> rSquared() {
		return rSquared;
	}

	/** The asymptotic covariance matrix of the free estimates (lavaan's {@code vcov}); a copy. */
	public double[][] covarianceOfEstimates() {
		return copy(covarianceOfEstimates);
	}

	/** One entry of the covariance matrix of the free estimates, without copying it. */
	public double covarianceOfEstimates(int i, int j) {
		return covarianceOfEstimates[i][j];
	}

	/** The covariance matrix of the observed variables that the estimates imply (lavaan's {@code fitted}); a copy. */
	public double[][] impliedCovariance() {
		return copy(impliedCovariance);
	}

	/** The implied correlations of the latent variables, in the order of {@link SemModel#latent()}; a copy. */
	public double[][] latentCorrelations() {
		return copy(latentCorrelations);
	}

	/** The standardized loadings of a factor on its indicators, in the model's order. */
	public double[] standardizedLoadings(String factor) {
		return estimates.stream().filter(e -> e.parameter().kind() == Parameter.Kind.LOADING && e.lhs().equals(factor))
				.mapToDouble(ParameterEstimate::standardized).toArray();
	}

	/** How many scoring steps the estimation took. */
	public int iterations() {
		return iterations;
	}

	private static double[][] copy(double[][] matrix) {
		if (matrix == null) {
			return null;
		}
		double[][] copy = new double[matrix.length][];
		for (int i = 0; i < matrix.length; i++) {
			copy[i] = matrix[i].clone();
		}
		return copy;
	}

	@Override
	public String toString() {
		return model.description() + ": chisq = " + fit.chiSquare() + ", df = " + fit.df() + ", " + estimates.size() + " parameters";
	}
}
