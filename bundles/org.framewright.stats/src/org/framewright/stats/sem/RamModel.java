package org.framewright.stats.sem;

import java.util.List;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * A model in RAM notation (McArdle &amp; McDonald 1984): Sigma(theta) = F (I - A)^-1 S (I - A)^-T F', with the
 * derivatives of Sigma with respect to each free parameter, which the gradient and the information matrix of the
 * ML discrepancy are made of.
 */
final class RamModel {

	private final SemModel model;
	private final List<Parameter> free;
	private final int variables;
	private final int observed;

	RamModel(SemModel model) {
		this.model = model;
		this.free = model.freeParameters();
		this.variables = model.variableCount();
		this.observed = model.observed().size();
	}

	SemModel model() {
		return model;
	}

	int parameterCount() {
		return free.size();
	}

	/** The moments implied by values of the free parameters (in the order of {@link SemModel#freeParameters()}). */
	ImpliedMoments implied(double[] theta) {
		double[][] a = new double[variables][variables];
		double[][] s = new double[variables][variables];
		int k = 0;
		for (Parameter parameter : model.parameters()) {
			double value = parameter.free() ? theta[k++] : parameter.value();
			if (parameter.kind().directed()) {
				a[parameter.target()][parameter.source()] = value;
			} else {
				s[parameter.target()][parameter.source()] = value;
				s[parameter.source()][parameter.target()] = value;
			}
		}
		RealMatrix identityMinusA = MatrixUtils.createRealIdentityMatrix(variables).subtract(MatrixUtils.createRealMatrix(a));
		// A recursive model (no feedback loops, as every framework's is) makes I - A triangular up to ordering, with
		// determinant 1, so LU never meets a singular matrix here.
		RealMatrix b = new LUDecomposition(identityMinusA).getSolver().getInverse();
		RealMatrix total = b.multiply(MatrixUtils.createRealMatrix(s)).multiplyTransposed(b);
		double[][] e = total.getData();
		double[][] sigma = new double[observed][observed];
		for (int i = 0; i < observed; i++) {
			System.arraycopy(e[i], 0, sigma[i], 0, observed);
		}
		return new ImpliedMoments(a, s, b.getData(), e, sigma);
	}

	/**
	 * dSigma/dtheta_k for every free parameter k. With B = (I - A)^-1 and E = B S B': for a path A[i][j],
	 * dSigma = F (B e_i e_j' E + E e_j e_i' B') F' = u v' + v u' with u = column i of FB and v = column j of FE; for
	 * S[i][j] = S[j][i], dSigma = a b' + b a' with a, b the columns i and j of FB (a a' on the diagonal).
	 */
	double[][][] derivatives(ImpliedMoments at) {
		double[][][] delta = new double[free.size()][][];
		for (int k = 0; k < free.size(); k++) {
			Parameter parameter = free.get(k);
			double[] u = column(at.b(), parameter.target());
			double[] v = parameter.kind().directed() ? column(at.total(), parameter.source()) : column(at.b(), parameter.source());
			boolean diagonal = !parameter.kind().directed() && parameter.target() == parameter.source();
			double[][] d = new double[observed][observed];
			for (int r = 0; r < observed; r++) {
				for (int c = 0; c < observed; c++) {
					d[r][c] = diagonal ? u[r] * u[c] : u[r] * v[c] + v[r] * u[c];
				}
			}
			delta[k] = d;
		}
		return delta;
	}

	/** The first p entries of a column: the observed variables' part (F selects them). */
	private double[] column(double[][] matrix, int column) {
		double[] result = new double[observed];
		for (int r = 0; r < observed; r++) {
			result[r] = matrix[r][column];
		}
		return result;
	}
}
