package org.framewright.stats.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.framewright.stats.MatrixDiagnosis;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.StatsIssueCodes;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Beta;

/**
 * Ordinary least squares from moments: the covariances (or correlations) of an outcome and its predictors, their
 * means when known, and N. From raw data's moments this is exactly R's {@code lm}; from a published correlation
 * table it gives the standardized coefficients with SE = sqrt((1 - R²) / (N - k - 1) * [Rxx^-1]_jj).
 * Computed on the correlation scale (Cholesky of Rxx), which keeps it accurate whatever the variables' units.
 */
public final class LeastSquares {

	/**
	 * 1 - R² below this is an outcome that its predictors reproduce exactly (same bound as a singular correlation
	 * matrix, {@code MatrixDiagnosis}): its residual variance is rounding noise and every t would be meaningless.
	 */
	private static final double PERFECT_FIT = 1e-10;

	private LeastSquares() {
	}

	/** Regresses an outcome on predictors, all of them variables of the moments. */
	public static Result<RegressionResult> fit(Moments moments, String outcome, List<String> predictors) {
		int k = predictors.size();
		int n = moments.n();
		int df = n - k - 1;
		List<String> all = new ArrayList<>(predictors);
		all.add(0, outcome);
		Optional<Problem> lacking = moments.lacks(all, 0, "The regression of " + outcome);
		if (lacking.isPresent()) {
			return Result.failed(lacking.get());
		}
		if (k == 0) {
			return Result.failed(Problem.error(StatsIssueCodes.TOO_FEW_CASES, "The regression of " + outcome + " has no predictors."));
		}
		if (df < 1) {
			return Result.failed(Problem.error(StatsIssueCodes.TOO_FEW_CASES, "The regression of " + outcome + " on "
					+ Sentences.count(k, "predictor", "predictors") + " needs at least " + (k + 2) + " cases (N - k - 1 >= 1), but there "
					+ (n == 1 ? "is " : "are ") + n + "."));
		}
		List<String> names = new ArrayList<>();
		names.add(outcome);
		names.addAll(predictors);
		Moments m = moments.select(names);
		double[][] s = m.covariance();
		if (!(s[0][0] > 0)) {
			return Result.failed(Problem.error(StatsIssueCodes.ZERO_VARIANCE, "The outcome " + outcome + " has no variance (every case has"
					+ " the same value), so there is nothing for its predictors to explain."));
		}
		Moments x = moments.select(predictors);
		Optional<Problem> singular = MatrixDiagnosis.diagnose(predictors, x.covariance(), "the predictors of " + outcome);
		if (singular.isPresent()) {
			return Result.failed(singular.get());
		}
		double[] sd = m.standardDeviations();
		double[][] r = m.correlation();
		double[][] rxx = new double[k][k];
		double[] rxy = new double[k];
		for (int i = 0; i < k; i++) {
			rxy[i] = r[i + 1][0];
			for (int j = 0; j < k; j++) {
				rxx[i][j] = r[i + 1][j + 1];
			}
		}
		RealMatrix inverse;
		try {
			inverse = new CholeskyDecomposition(MatrixUtils.createRealMatrix(rxx)).getSolver().getInverse();
		} catch (MathRuntimeException e) {
			return Result.failed(Problem.error(StatsIssueCodes.SINGULAR_MATRIX, "The correlations among the predictors of " + outcome
					+ " cannot be inverted (" + e.getMessage() + ")."));
		}
		double[] beta = inverse.operate(rxy);
		double r2 = 0;
		for (int i = 0; i < k; i++) {
			r2 += beta[i] * rxy[i];
		}
		if (1 - r2 < PERFECT_FIT) {
			// R² of 1 or more: either correlations no data can give, or an outcome its predictors reproduce exactly.
			Optional<Problem> whole = MatrixDiagnosis.diagnose(names, s, outcome + " and its predictors");
			if (whole.isPresent() && whole.get().code().equals(StatsIssueCodes.NOT_POSITIVE_DEFINITE)) {
				return Result.failed(whole.get());
			}
			return Result.failed(Problem.error(StatsIssueCodes.SINGULAR_MATRIX, "The predictors of " + outcome + " reproduce it exactly"
					+ " (R² = 1), so it is a linear combination of " + Sentences.list(predictors) + " and no standard error can be computed."));
		}
		boolean standardizedOnly = moments.standardizedOnly();
		double sdY = standardizedOnly ? 1 : sd[0];
		double residualVariance = (n - 1) * sdY * sdY * (1 - r2) / df;
		TDistribution t = new TDistribution(df);
		List<Coefficient> coefficients = new ArrayList<>();
		double[] b = new double[k];
		double[][] covB = new double[k][k];
		for (int i = 0; i < k; i++) {
			double sdX = standardizedOnly ? 1 : sd[i + 1];
			b[i] = beta[i] * sdY / sdX;
			for (int j = 0; j < k; j++) {
				double sdXj = standardizedOnly ? 1 : sd[j + 1];
				covB[i][j] = residualVariance / (n - 1) * inverse.getEntry(i, j) / (sdX * sdXj);
			}
		}
		if (m.hasMeans() && !standardizedOnly) {
			double[] means = m.means();
			double intercept = means[0];
			double variance = residualVariance / n;
			for (int i = 0; i < k; i++) {
				intercept -= b[i] * means[i + 1];
				for (int j = 0; j < k; j++) {
					variance += means[i + 1] * covB[i][j] * means[j + 1];
				}
			}
			double se = Math.sqrt(variance);
			coefficients.add(new Coefficient(Coefficient.INTERCEPT, intercept, se, Double.NaN, Double.NaN, intercept / se,
					pValue(t, intercept / se), Double.NaN));
		}
		for (int i = 0; i < k; i++) {
			double se = Math.sqrt(covB[i][i]);
			double seBeta = Math.sqrt((1 - r2) / df * inverse.getEntry(i, i));
			coefficients.add(new Coefficient(predictors.get(i), b[i], se, beta[i], seBeta, b[i] / se, pValue(t, b[i] / se),
					inverse.getEntry(i, i)));
		}
		double f = r2 / k / ((1 - r2) / df);
		// The upper tail of F(k, df) as a regularized incomplete beta function, which keeps tiny p-values' digits.
		double pF = Beta.regularizedBeta(df / (df + k * f), df / 2.0, k / 2.0);
		return Result.ok(new RegressionResult(outcome, coefficients, r2, 1 - (1 - r2) * (n - 1) / df, f, pF, Math.sqrt(residualVariance),
				n, df, standardizedOnly));
	}

	/** Two-sided, from the lower tail so that tiny p-values keep their digits. */
	private static double pValue(TDistribution t, double statistic) {
		return 2 * t.cumulativeProbability(-Math.abs(statistic));
	}
}
