package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framewright.stats.MatrixDiagnosis;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * Estimates a {@link SemModel} by maximum likelihood from raw responses or from a correlation or covariance table of
 * the items, with lavaan's defaults for complete data: the sample covariance matrix with divisor N (likelihood
 * "normal"), standard errors from the expected information, chi-square N F. A model that cannot be estimated gives
 * a problem with the reason, never an exception.
 */
public final class SemEstimator {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	private SemEstimator() {
	}

	/** The model from raw responses (reverse coding and listwise deletion already applied). */
	public static Result<SemEstimates> fit(SemModel model, ResponseData data) {
		return fit(model, data, SemOptions.DEFAULT);
	}

	public static Result<SemEstimates> fit(SemModel model, ResponseData data, SemOptions options) {
		List<String> missing = model.observed().stream().filter(name -> !data.names().contains(name)).toList();
		if (!missing.isEmpty()) {
			return Result.failed(missingVariables(model, missing, data.source()));
		}
		return fit(model, data.moments(model.observed()), options);
	}

	/**
	 * The model from a table of the items (and controls): covariances, correlations with standard deviations, or
	 * correlations alone, on which the model is then estimated as if they were covariances (as lavaan does when given a
	 * correlation matrix), with a note that the unstandardized estimates are in the items' standardized metric.
	 */
	public static Result<SemEstimates> fit(SemModel model, SummaryData data) {
		return fit(model, data, SemOptions.DEFAULT);
	}

	public static Result<SemEstimates> fit(SemModel model, SummaryData data, SemOptions options) {
		List<String> missing = model.observed().stream().filter(name -> !data.names().contains(name)).toList();
		if (!missing.isEmpty()) {
			Problem problem = missingVariables(model, missing, data.source());
			if (data.level() == SummaryData.Level.CONSTRUCT) {
				problem = Problem.error(StatsIssueCodes.NEEDS_RAW_DATA, "A structural equation model measures each construct by its items, but "
						+ data.source() + " holds composite scores of constructs; give the items' correlation or covariance table, or the raw data.");
			}
			return Result.failed(problem);
		}
		return fit(model, data.moments().select(model.observed()), options);
	}

	/** The model from the moments of its observed variables (in any order; the model's are selected). */
	public static Result<SemEstimates> fit(SemModel model, Moments moments, SemOptions options) {
		List<Problem> problems = new ArrayList<>();
		Moments selected = moments.select(model.observed());
		int n = selected.n();
		int p = model.observed().size();
		int q = model.freeParameters().size();
		if (p == 0) {
			return Result.failed(Problem.error(StatsIssueCodes.NO_MEASUREMENT, model.description() + " has no observed variables to estimate it from."));
		}
		if (q > p * (p + 1) / 2) {
			problems.add(Problem.error(StatsIssueCodes.NOT_IDENTIFIED, model.description() + " has " + q + " free parameters but its " + p
					+ " observed variables give only " + p * (p + 1) / 2 + " variances and covariances to estimate them from (the model is not"
					+ " identified)."));
			return Result.failed(problems);
		}
		if (n <= p) {
			problems.add(Problem.error(StatsIssueCodes.TOO_FEW_CASES, model.description() + " has " + p + " observed variables but the data have "
					+ Sentences.count(n, "case", "cases") + "; ML needs more cases than variables (many more for stable estimates)."));
			return Result.failed(problems);
		}
		Optional<Problem> singular = MatrixDiagnosis.diagnose(model.observed(), selected.covariance(), "the observed variables of "
				+ model.description());
		if (singular.isPresent()) {
			problems.add(singular.get());
			return Result.failed(problems);
		}
		if (selected.standardizedOnly()) {
			problems.add(new Problem(Severity.INFO, StatsIssueCodes.CORRELATIONS_ONLY, null, 0, null, "The table gives correlations without"
					+ " standard deviations, so " + model.description() + " is estimated on the correlations as if they were covariances (as"
					+ " lavaan does): the unstandardized estimates are in the metric of standardized items, and their standard errors are"
					+ " only approximate; the standardized solution and the fit are as from the covariances."));
		}
		double[][] sample = mlCovariance(selected);
		RamModel ram = new RamModel(model);
		MaximumLikelihood ml = new MaximumLikelihood(ram, sample);
		FisherScoring.Outcome outcome = FisherScoring.minimize(ml, StartingValues.of(model, sample), options);
		if (outcome.at() == null) {
			problems.add(Problem.error(StatsIssueCodes.NOT_CONVERGED, "The estimation of " + model.description() + " could not start: "
					+ outcome.reason() + "."));
			return Result.failed(problems);
		}
		Optional<Problem> unidentified = IdentificationCheck.check(model, outcome.at().information());
		if (unidentified.isPresent()) {
			problems.add(unidentified.get());
			return Result.failed(problems);
		}
		if (!outcome.converged()) {
			problems.add(Problem.error(StatsIssueCodes.NOT_CONVERGED, "The estimation of " + model.description() + " did not converge: "
					+ outcome.reason() + " (after " + Sentences.count(outcome.iterations(), "iteration", "iterations") + "); the model may be"
					+ " misspecified, or too complex for the data."));
			return Result.failed(problems);
		}
		return Result.of(estimates(model, n, sample, outcome, problems, true), problems);
	}

	/**
	 * A quick refit for simulations: the model refitted by a {@link WarmStartFit} (one per thread) from start values
	 * near the optimum, then its estimates, standard errors and their covariance from the expected information at
	 * the solution, without fit measures (the result's {@link SemEstimates#fit()} is null). Fails with the reason's
	 * code when the refit does not converge to an admissible solution.
	 */
	public static Result<SemEstimates> refit(WarmStartFit refit, Moments moments, double[] start) {
		SemModel model = refit.model();
		Moments selected = moments.select(model.observed());
		double[][] sample = mlCovariance(selected);
		WarmStartFit.Status status = refit.fit(sample, start);
		if (status != WarmStartFit.Status.CONVERGED) {
			return Result.failed(Problem.error(failureCode(status), "The refit of " + model.description() + " ended " + status.name().toLowerCase().replace('_', ' ')
					+ "."));
		}
		double[] theta = new double[model.freeParameters().size()];
		refit.estimates(theta);
		MaximumLikelihood.Evaluation at = new MaximumLikelihood(new RamModel(model), sample).evaluate(theta, true);
		if (at == null) {
			return Result.failed(Problem.error(StatsIssueCodes.NOT_POSITIVE_DEFINITE, "The refit of " + model.description()
					+ " ended where its implied covariance matrix is not positive definite."));
		}
		List<Problem> problems = new ArrayList<>();
		try {
			return Result.of(estimates(model, selected.n(), sample, new FisherScoring.Outcome(at, 0, true, null), problems, false), problems);
		} catch (MathRuntimeException e) {
			return Result.failed(Problem.error(StatsIssueCodes.NOT_IDENTIFIED, "The information matrix of " + model.description()
					+ " cannot be inverted at the refit's solution."));
		}
	}

	/** The code of the problem a refit that ended so, short of an admissible solution, reports. */
	public static String failureCode(WarmStartFit.Status status) {
		return switch (status) {
			case IMPROPER -> StatsIssueCodes.NEGATIVE_VARIANCE;
			case NOT_POSITIVE_DEFINITE -> StatsIssueCodes.NOT_POSITIVE_DEFINITE;
			case NOT_CONVERGED, CONVERGED -> StatsIssueCodes.NOT_CONVERGED;
		};
	}

	/** lavaan's likelihood "normal": S with divisor N, from the covariance with divisor N - 1. */
	private static double[][] mlCovariance(Moments moments) {
		double factor = (moments.n() - 1.0) / moments.n();
		double[][] covariance = moments.covariance();
		double[][] s = new double[covariance.length][covariance.length];
		for (int i = 0; i < s.length; i++) {
			for (int j = 0; j < s.length; j++) {
				s[i][j] = covariance[i][j] * factor;
			}
		}
		return s;
	}

	private static SemEstimates estimates(SemModel model, int n, double[][] sample, FisherScoring.Outcome outcome, List<Problem> problems,
			boolean withFit) {
		MaximumLikelihood.Evaluation at = outcome.at();
		ImpliedMoments implied = at.implied();
		// The information of the sample is N/2 times the expected Hessian of F, so vcov = (2 / N) H^-1.
		double[][] vcov = new LUDecomposition(MatrixUtils.createRealMatrix(at.information())).getSolver().getInverse().scalarMultiply(2.0 / n)
				.getData();
		List<ParameterEstimate> table = new ArrayList<>();
		int k = 0;
		for (Parameter parameter : model.parameters()) {
			double value = parameter.free() ? at.theta()[k] : parameter.value();
			double standardized = StandardizedSolution.of(parameter, value, implied);
			if (parameter.free()) {
				double se = Math.sqrt(vcov[k][k]);
				double z = value / se;
				table.add(new ParameterEstimate(parameter, value, se, z, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)), standardized));
				k++;
			} else {
				table.add(new ParameterEstimate(parameter, value, 0, Double.NaN, Double.NaN, standardized));
			}
			if (parameter.kind() == Parameter.Kind.VARIANCE && value < 0) {
				problems.add(new Problem(Severity.WARNING, StatsIssueCodes.NEGATIVE_VARIANCE, null, 0, parameter.lhs(), "The estimated "
						+ (model.endogenous().contains(parameter.lhs()) || model.observed().contains(parameter.lhs()) ? "residual " : "")
						+ "variance of " + parameter.lhs() + " is negative (" + Sentences.format(value, 4) + ", a Heywood case): the solution is"
						+ " improper, often from too few cases, too few items per construct, or a misspecified model."));
			}
		}
		Map<String, Double> rSquared = new LinkedHashMap<>();
		for (String latent : model.latent()) {
			if (model.endogenous().contains(latent)) {
				int index = model.indexOf(latent);
				rSquared.put(latent, 1 - implied.s()[index][index] / implied.variance(index));
			}
		}
		FitMeasures fit = withFit ? FitIndices.of(at.f(), n, model.freeParameters().size(), sample, implied.sigma()) : null;
		return new SemEstimates(model, table, fit, rSquared, vcov, implied.sigma(), withFit ? latentCorrelations(model, implied) : null,
				outcome.iterations());
	}

	private static double[][] latentCorrelations(SemModel model, ImpliedMoments implied) {
		int m = model.latent().size();
		int offset = model.observed().size();
		double[][] r = new double[m][m];
		double[][] e = implied.total();
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < m; j++) {
				r[i][j] = e[offset + i][offset + j] / Math.sqrt(e[offset + i][offset + i] * e[offset + j][offset + j]);
			}
		}
		return r;
	}

	private static Problem missingVariables(SemModel model, List<String> missing, String source) {
		return Problem.error(StatsIssueCodes.MISSING_VARIABLE, "The data " + source + " have no " + (missing.size() == 1 ? "variable " : "variables ")
				+ Sentences.list(missing) + ", which " + model.description() + " needs.");
	}
}
