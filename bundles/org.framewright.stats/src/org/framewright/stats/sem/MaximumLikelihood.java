package org.framewright.stats.sem;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The maximum likelihood discrepancy of a model from a sample covariance matrix S (divisor N, lavaan's default
 * likelihood "normal"): F = log|Sigma| + tr(S Sigma^-1) - log|S| - p (Joreskog 1969; Bollen 1989, ch. 4), its
 * gradient, and its expected Hessian, which is twice the Fisher information of one case.
 */
final class MaximumLikelihood {

	/**
	 * Cholesky's test of positive definiteness: a pivot below 1e-12 times the scale of the matrix is rounding noise
	 * of a singular matrix (double arithmetic keeps about 16 digits, so 1e-12 leaves four for the elimination).
	 */
	private static final double POSITIVITY = 1e-12;

	/** Sigma is symmetric by construction (B S B'); 1e-9 only allows for rounding in that product. */
	private static final double SYMMETRY = 1e-9;

	/** The discrepancy at some parameter values; the information is null unless asked for. */
	record Evaluation(double[] theta, ImpliedMoments implied, double f, double[] gradient, double[][] information) {
	}

	private final RamModel ram;
	private final double[][] sample;
	private final double logDetSample;
	private final int p;

	/** For a sample covariance matrix S (divisor N) that is positive definite. */
	MaximumLikelihood(RamModel ram, double[][] sample) {
		this.ram = ram;
		this.sample = sample;
		this.p = sample.length;
		this.logDetSample = logDeterminant(new CholeskyDecomposition(MatrixUtils.createRealMatrix(sample), SYMMETRY, POSITIVITY * scale(sample)));
	}

	RamModel ram() {
		return ram;
	}

	double[][] sample() {
		return sample;
	}

	/** The discrepancy and its gradient at theta, and the expected Hessian if asked; null if Sigma is not positive definite. */
	Evaluation evaluate(double[] theta, boolean withInformation) {
		ImpliedMoments implied = ram.implied(theta);
		CholeskyDecomposition cholesky;
		try {
			cholesky = new CholeskyDecomposition(MatrixUtils.createRealMatrix(implied.sigma()), SYMMETRY, POSITIVITY * scale(implied.sigma()));
		} catch (MathIllegalArgumentException notPositiveDefinite) {
			return null;
		}
		RealMatrix inverse = cholesky.getSolver().getInverse();
		RealMatrix s = MatrixUtils.createRealMatrix(sample);
		RealMatrix sInverse = s.multiply(inverse);
		double f = logDeterminant(cholesky) + sInverse.getTrace() - logDetSample - p;
		// dF = tr(W dSigma) with W = Sigma^-1 - Sigma^-1 S Sigma^-1.
		double[][] w = inverse.subtract(inverse.multiply(sInverse)).getData();
		double[][][] delta = ram.derivatives(implied);
		int q = delta.length;
		double[] gradient = new double[q];
		for (int k = 0; k < q; k++) {
			gradient[k] = sumOfProducts(w, delta[k]);
		}
		double[][] information = null;
		if (withInformation) {
			// E[d2F / dtheta_k dtheta_l] = tr(Sigma^-1 D_k Sigma^-1 D_l) (Browne 1974; Bollen 1989, p. 135).
			double[][] inv = inverse.getData();
			double[][][] weighted = new double[q][][];
			for (int k = 0; k < q; k++) {
				weighted[k] = multiply(multiply(inv, delta[k]), inv);
			}
			information = new double[q][q];
			for (int k = 0; k < q; k++) {
				for (int l = 0; l <= k; l++) {
					information[k][l] = information[l][k] = sumOfProducts(weighted[k], delta[l]);
				}
			}
		}
		return new Evaluation(theta.clone(), implied, f, gradient, information);
	}

	/** The discrepancy only, or +infinity where Sigma is not positive definite (for the line search). */
	double value(double[] theta) {
		Evaluation evaluation = evaluate(theta, false);
		return evaluation == null || !Double.isFinite(evaluation.f()) ? Double.POSITIVE_INFINITY : evaluation.f();
	}

	private static double logDeterminant(CholeskyDecomposition cholesky) {
		RealMatrix l = cholesky.getL();
		double sum = 0;
		for (int i = 0; i < l.getRowDimension(); i++) {
			sum += 2 * Math.log(l.getEntry(i, i));
		}
		return sum;
	}

	/** The largest diagonal entry: the scale the positivity threshold is relative to. */
	private static double scale(double[][] matrix) {
		double largest = 0;
		for (int i = 0; i < matrix.length; i++) {
			largest = Math.max(largest, Math.abs(matrix[i][i]));
		}
		return largest;
	}

	/** tr(X Y) for symmetric Y: the sum of the elementwise products. */
	private static double sumOfProducts(double[][] x, double[][] y) {
		double sum = 0;
		for (int r = 0; r < x.length; r++) {
			for (int c = 0; c < x.length; c++) {
				sum += x[r][c] * y[r][c];
			}
		}
		return sum;
	}

	private static double[][] multiply(double[][] x, double[][] y) {
		int n = x.length;
		double[][] result = new double[n][n];
		for (int r = 0; r < n; r++) {
			for (int m = 0; m < n; m++) {
				double xm = x[r][m];
				if (xm == 0) {
					continue;
				}
				for (int c = 0; c < n; c++) {
					result[r][c] += xm * y[m][c];
				}
			}
		}
		return result;
	}
}
