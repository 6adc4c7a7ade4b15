package org.framewright.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealVector;

/**
 * Says why a covariance or correlation matrix cannot be inverted, in the researcher's terms: a variable without
 * variance, two variables that are perfectly correlated, a variable that is an exact linear combination of others,
 * or correlations that no data could produce together (not positive definite).
 */
public final class MatrixDiagnosis {

	/**
	 * The eigenvalues of a correlation matrix lie in [0, p]. One below 1e-10 is an exact linear dependence: it means
	 * a variance inflation factor of about 1e10, far beyond any real collinearity, while the rounding error of
	 * double arithmetic on a matrix of p <= 1000 stays below 1e-12.
	 */
	static final double SINGULAR_EIGENVALUE = 1e-10;

	/**
	 * A variance this small relative to the largest one in the matrix is rounding noise of an otherwise constant
	 * variable (double arithmetic carries about 16 digits; 1e-14 leaves two of them for the sums of squares).
	 */
	private static final double ZERO_VARIANCE = 1e-14;

	/** Components of a null vector below this share of the largest carry almost no weight in the dependence. */
	private static final double INVOLVED = 0.05;

	private MatrixDiagnosis() {
	}

	/**
	 * Why the matrix cannot be inverted, as an error about {@code what} (e.g. "the predictors of IS"), or empty when
	 * it can be.
	 */
	public static Optional<Problem> diagnose(List<String> names, double[][] covariance, String what) {
		int p = names.size();
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < p; j++) {
				if (!Double.isFinite(covariance[i][j])) {
					return Optional.of(Problem.error(StatsIssueCodes.SINGULAR_MATRIX, "The covariance matrix of " + what
							+ " cannot be used: the entry for " + names.get(i) + " and " + names.get(j) + " is not a number."));
				}
			}
		}
		double largest = IntStream.range(0, p).mapToDouble(i -> covariance[i][i]).max().orElse(0);
		List<String> constant = IntStream.range(0, p).filter(i -> covariance[i][i] <= ZERO_VARIANCE * largest)
				.mapToObj(names::get).toList();
		if (!constant.isEmpty()) {
			return Optional.of(Problem.error(StatsIssueCodes.ZERO_VARIANCE, "The covariance matrix of " + what
					+ " cannot be inverted: " + Sentences.list(constant) + (constant.size() == 1 ? " has" : " have")
					+ " no variance (every case has the same value), so " + (constant.size() == 1 ? "it says" : "they say")
					+ " nothing about differences between cases."));
		}
		double[][] r = correlation(covariance);
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < i; j++) {
				if (Math.abs(r[i][j]) > 1 - SINGULAR_EIGENVALUE) {
					return Optional.of(Problem.error(StatsIssueCodes.SINGULAR_MATRIX, "The covariance matrix of " + what
							+ " cannot be inverted: " + names.get(j) + " and " + names.get(i) + " are perfectly correlated (r = "
							+ Sentences.format(r[i][j], 3) + "), so their separate effects cannot be told apart."));
				}
			}
		}
		if (p < 2) {
			return Optional.empty();
		}
		EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(r));
		double[] values = eigen.getEigenvalues();
		int smallest = IntStream.range(0, p).boxed().min(Comparator.comparingDouble(i -> values[i])).orElseThrow();
		double lambda = values[smallest];
		if (lambda >= SINGULAR_EIGENVALUE) {
			return Optional.empty();
		}
		List<String> involved = involved(names, eigen.getEigenvector(smallest));
		if (lambda < -SINGULAR_EIGENVALUE) {
			return Optional.of(Problem.error(StatsIssueCodes.NOT_POSITIVE_DEFINITE, "The correlations among " + what
					+ " are not positive definite (the smallest eigenvalue is " + Sentences.format(lambda, 4) + "): no data can give"
					+ " these correlations together, which usually means a typing error in the table or correlations computed"
					+ " on different cases (pairwise deletion); look first at the correlations among " + Sentences.list(involved) + "."));
		}
		return Optional.of(Problem.error(StatsIssueCodes.SINGULAR_MATRIX, "The covariance matrix of " + what
				+ " cannot be inverted: " + involved.get(0) + " is an exact linear combination of "
				+ Sentences.list(involved.subList(1, involved.size())) + ", so their separate effects cannot be told apart."));
	}

	private static List<String> involved(List<String> names, RealVector nullVector) {
		double max = nullVector.getLInfNorm();
		List<Integer> order = new ArrayList<>(IntStream.range(0, names.size()).boxed().toList());
		order.sort(Comparator.comparingDouble(i -> -Math.abs(nullVector.getEntry(i))));
		return order.stream().filter(i -> Math.abs(nullVector.getEntry(i)) >= INVOLVED * max).map(names::get).toList();
	}

	private static double[][] correlation(double[][] covariance) {
		int p = covariance.length;
		double[][] r = new double[p][p];
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < p; j++) {
				r[i][j] = i == j ? 1 : covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
			}
		}
		return r;
	}
}
