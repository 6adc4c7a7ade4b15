package org.framewright.stats.sem;

/**
 * The moments a model implies at some parameter values, in RAM notation: the directed paths A, the (residual)
 * variances and covariances S, B = (I - A)^-1, the covariance matrix of all variables E = B S B' and that of the
 * observed ones, Sigma = F E F' (the first rows and columns of E, since the observed variables come first).
 */
record ImpliedMoments(double[][] a, double[][] s, double[][] b, double[][] total, double[][] sigma) {

	/** The implied total variance of a variable (observed or latent). */
	double variance(int variable) {
		return total[variable][variable];
	}
}
