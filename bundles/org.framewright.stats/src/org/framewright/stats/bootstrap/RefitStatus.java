package org.framewright.stats.bootstrap;

/** How the refit of a model to a weighted set of cases ended; only an admissible refit's quantities enter a distribution. */
enum RefitStatus {
	ADMISSIBLE,
	/** An iterative fit reached its iteration limit, or no step decreased its objective. */
	NOT_CONVERGED,
	/** Converged, but to a negative variance (a Heywood case). */
	IMPROPER,
	/** The resample's covariance matrix, or a regression's predictors' one, is not positive definite, e.g. a constant item. */
	NOT_POSITIVE_DEFINITE
}
