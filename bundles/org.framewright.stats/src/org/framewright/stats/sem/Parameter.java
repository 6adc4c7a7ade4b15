package org.framewright.stats.sem;

/**
 * One parameter of a structural equation model, named as lavaan names it ({@code lhs op rhs}): a loading
 * {@code F =~ x}, a regression {@code y ~ x}, a variance {@code x ~~ x} or a covariance {@code x ~~ z}. In RAM
 * notation (McArdle &amp; McDonald 1984) loadings and regressions are entries of the matrix A of directed paths,
 * variances and covariances entries of the symmetric matrix S; {@code target} and {@code source} are the positions
 * of the variables in the model's list of all variables (observed first, then latent).
 *
 * @param lhs    the left-hand side as lavaan writes it (the factor of a loading, the outcome of a regression)
 * @param kind   what the parameter is
 * @param rhs    the right-hand side (the indicator of a loading, the predictor of a regression)
 * @param target the row in A or S: the indicator of a loading, the outcome of a regression, the first variable of a
 *               (co)variance
 * @param source the column in A or S: the factor of a loading, the predictor of a regression, the second variable
 * @param free   whether the parameter is estimated; a fixed one keeps {@code value}
 * @param value  the value of a fixed parameter (1 for a marker loading); ignored for a free one
 */
public record Parameter(String lhs, Kind kind, String rhs, int target, int source, boolean free, double value) {

	/** The kinds of parameters, with lavaan's operator. */
	public enum Kind {
		LOADING("=~"), REGRESSION("~"), VARIANCE("~~"), COVARIANCE("~~");

		private final String operator;

		Kind(String operator) {
			this.operator = operator;
		}

		public String operator() {
			return operator;
		}

		/** Whether the parameter is an entry of the matrix of directed paths A (else of S). */
		public boolean directed() {
			return this == LOADING || this == REGRESSION;
		}
	}

	/** lavaan's operator: =~, ~ or ~~. */
	public String op() {
		return kind.operator();
	}

	/** The parameter as lavaan's parameter table names it, e.g. "AL ~ MO". */
	public String label() {
		return lhs + " " + op() + " " + rhs;
	}

	@Override
	public String toString() {
		return label() + (free ? "" : " (fixed at " + value + ")");
	}
}
