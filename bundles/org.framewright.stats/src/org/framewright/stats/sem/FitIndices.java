package org.framewright.stats.sem;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * Computes a model's fit measures from the minimum of F, the sample and the implied covariance matrices, with
 * lavaan's conventions (its documentation of {@code fitMeasures}; Hu &amp; Bentler 1999 for the indices).
 */
final class FitIndices {

	/** The RMSEA's interval is the 90% one: the noncentralities at which chisq is the 95th and the 5th percentile. */
	private static final double LOWER_PERCENTILE = 0.95;
	private static final double UPPER_PERCENTILE = 0.05;

	private FitIndices() {
	}

	static FitMeasures of(double minimum, int n, int freeParameters, double[][] sample, double[][] implied) {
		int p = sample.length;
		int df = p * (p + 1) / 2 - freeParameters;
		double chiSquare = n * minimum;
		double pValue = df > 0 ? NoncentralChiSquare.upperTail(chiSquare, df) : Double.NaN;
		// The independence model: Sigma = diag(S), so F = sum log s_ii - log|S|.
		double baselineF = -logDeterminant(sample);
		for (int i = 0; i < p; i++) {
			baselineF += Math.log(sample[i][i]);
		}
		double baselineChiSquare = n * baselineF;
		int baselineDf = p * (p - 1) / 2;
		return new FitMeasures(n, freeParameters, minimum, chiSquare, df, pValue, baselineChiSquare, baselineDf,
				cfi(chiSquare, df, baselineChiSquare, baselineDf), tli(chiSquare, df, baselineChiSquare, baselineDf), rmsea(chiSquare, df, n),
				interval(chiSquare, df, n, LOWER_PERCENTILE), interval(chiSquare, df, n, UPPER_PERCENTILE), srmr(sample, implied));
	}

	/** 1 - max(chisq - df, 0) / max(chisq - df, chisq_0 - df_0, 0); 1 when both are 0, as lavaan. */
	static double cfi(double chiSquare, int df, double baselineChiSquare, int baselineDf) {
		double model = Math.max(chiSquare - df, 0);
		double worst = Math.max(Math.max(chiSquare - df, baselineChiSquare - baselineDf), 0);
		return worst == 0 ? 1 : 1 - model / worst;
	}

	/** (chisq_0/df_0 - chisq/df) / (chisq_0/df_0 - 1); undefined (NaN) for a saturated model, and 1 there in lavaan. */
	static double tli(double chiSquare, int df, double baselineChiSquare, int baselineDf) {
		if (df <= 0) {
			return 1;
		}
		double baselineRatio = baselineChiSquare / baselineDf;
		return (baselineRatio - chiSquare / df) / (baselineRatio - 1);
	}

	/** sqrt(max(chisq / (N df) - 1 / N, 0)); 0 for a saturated model, as lavaan. */
	static double rmsea(double chiSquare, int df, int n) {
		return df > 0 ? Math.sqrt(Math.max(chiSquare / ((double) n * df) - 1.0 / n, 0)) : 0;
	}

	/** sqrt(lambda / (N df)) for the noncentrality lambda at which chisq is the given percentile. */
	private static double interval(double chiSquare, int df, int n, double percentile) {
		if (df <= 0) {
			return 0;
		}
		return Math.sqrt(NoncentralChiSquare.noncentralityFor(chiSquare, df, percentile) / ((double) n * df));
	}

	/**
	 * Bentler's SRMR (lavaan's "srmr" without a mean structure): the root mean square of the residuals
	 * (s_ij - sigma_ij) / sqrt(s_ii s_jj) over the p(p+1)/2 distinct entries, the diagonal included.
	 */
	static double srmr(double[][] sample, double[][] implied) {
		int p = sample.length;
		double sum = 0;
		for (int i = 0; i < p; i++) {
			for (int j = 0; j <= i; j++) {
				double residual = (sample[i][j] - implied[i][j]) / Math.sqrt(sample[i][i] * sample[j][j]);
				sum += residual * residual;
			}
		}
		return Math.sqrt(sum / (p * (p + 1) / 2.0));
	}

	private static double logDeterminant(double[][] matrix) {
		return Math.log(new CholeskyDecomposition(MatrixUtils.createRealMatrix(matrix)).getDeterminant());
	}
}
