package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.framewright.stats.Problem;
import org.framewright.stats.Sentences;
import org.framewright.stats.StatsIssueCodes;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealVector;

/**
 * Whether the estimates of a model are determined by the data: a model is locally identified where its information
 * matrix is nonsingular (Rothenberg 1971). The matrix is first scaled to unit diagonal, so that its eigenvalues do
 * not depend on the units of the variables; the eigenvector of a zero eigenvalue names the parameters that trade
 * off against each other.
 */
final class IdentificationCheck {

	/**
	 * The eigenvalues of the scaled information lie in [0, q]; one below 1e-10 means a combination of parameters
	 * with a standard error 1e5 times its neighbours', an exact dependence rather than a weak one (the threshold of
	 * {@code MatrixDiagnosis} for the same reason).
	 */
	private static final double SINGULAR = 1e-10;

	/** Components below a tenth of the largest carry little of the dependence; they are not named. */
	private static final double INVOLVED = 0.1;

	private IdentificationCheck() {
	}

	/** A problem if the information matrix (expected Hessian of F) is singular at the estimates. */
	static Optional<Problem> check(SemModel model, double[][] information) {
		List<Parameter> free = model.freeParameters();
		int q = free.size();
		double[] scale = new double[q];
		for (int k = 0; k < q; k++) {
			if (!(information[k][k] > 0)) {
				return Optional.of(problem(model, List.of(free.get(k).label())));
			}
			scale[k] = 1 / Math.sqrt(information[k][k]);
		}
		double[][] scaled = new double[q][q];
		for (int k = 0; k < q; k++) {
			for (int l = 0; l < q; l++) {
				scaled[k][l] = information[k][l] * scale[k] * scale[l];
			}
		}
		EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(scaled));
		double[] values = eigen.getEigenvalues();
		int smallest = IntStream.range(0, q).boxed().min(Comparator.comparingDouble(i -> values[i])).orElseThrow();
		if (values[smallest] >= SINGULAR) {
			return Optional.empty();
		}
		RealVector nullVector = eigen.getEigenvector(smallest);
		double max = nullVector.getLInfNorm();
		List<Integer> order = new ArrayList<>(IntStream.range(0, q).boxed().toList());
		order.sort(Comparator.comparingDouble(k -> -Math.abs(nullVector.getEntry(k))));
		return Optional.of(problem(model, order.stream().filter(k -> Math.abs(nullVector.getEntry(k)) >= INVOLVED * max)
				.map(k -> free.get(k).label()).toList()));
	}

	private static Problem problem(SemModel model, List<String> parameters) {
		return Problem.error(StatsIssueCodes.NOT_IDENTIFIED, "The data do not determine the estimates of " + model.description()
				+ ": the parameters " + Sentences.list(parameters) + " can change together without changing the fit. Either the model is not"
				+ " identified (a construct needs three items, or two items and a correlation with another construct), or the data cannot"
				+ " separate them (e.g. constructs that are perfectly correlated).");
	}
}
