package org.framewright.stats.sem;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealVector;

/**
 * Minimizes the ML discrepancy by Fisher scoring (Lee &amp; Jennrich 1979): Newton's method with the expected
 * Hessian, which for SEM is positive definite wherever the model is identified and, unlike a quasi-Newton
 * approximation, invariant to the scales of the parameters (a control measured in employees beside items on a
 * five-point scale). Each step is shortened by backtracking until F decreases enough (Armijo's rule) and Sigma stays
 * positive definite.
 */
final class FisherScoring {

	/** Armijo's sufficient decrease: a step must gain at least 1e-4 of what its slope promises (Nocedal &amp; Wright 2006, 3.1). */
	private static final double SUFFICIENT_DECREASE = 1e-4;

	/** 60 halvings shrink a step by 1e-18, below the precision of the parameters: no shorter step can help. */
	private static final int MAX_HALVINGS = 60;

	/** How the minimization ended. */
	record Outcome(MaximumLikelihood.Evaluation at, int iterations, boolean converged, String reason) {
	}

	private FisherScoring() {
	}

	/** Minimizes F from starting values; {@code start} must give a positive definite Sigma. */
	static Outcome minimize(MaximumLikelihood ml, double[] start, SemOptions options) {
		MaximumLikelihood.Evaluation current = ml.evaluate(start, true);
		if (current == null) {
			return new Outcome(null, 0, false, "the starting values imply a covariance matrix that is not positive definite");
		}
		for (int iteration = 1; iteration <= options.maxIterations(); iteration++) {
			RealVector gradient = MatrixUtils.createRealVector(current.gradient());
			RealVector step;
			try {
				step = new CholeskyDecomposition(MatrixUtils.createRealMatrix(current.information()), 1e-9, 0).getSolver().solve(gradient)
						.mapMultiply(-1);
			} catch (MathIllegalArgumentException singular) {
				return new Outcome(current, iteration - 1, false, "the information matrix became singular (the model is not identified at"
						+ " these values)");
			}
			double slope = gradient.dotProduct(step);
			if (-slope < options.tolerance()) {
				return new Outcome(current, iteration - 1, true, null);
			}
			MaximumLikelihood.Evaluation next = lineSearch(ml, current, step, slope);
			if (next == null) {
				// No shorter step decreases F: at the optimum up to rounding, if the promised decrease is already tiny.
				boolean atOptimum = -slope < Math.sqrt(options.tolerance());
				return new Outcome(current, iteration, atOptimum, atOptimum ? null : "no step along the scoring direction decreases the discrepancy");
			}
			current = next;
		}
		return new Outcome(current, options.maxIterations(), false, "the estimates were still changing at the iteration limit");
	}

	private static MaximumLikelihood.Evaluation lineSearch(MaximumLikelihood ml, MaximumLikelihood.Evaluation from, RealVector step,
			double slope) {
		double length = 1;
		for (int halving = 0; halving < MAX_HALVINGS; halving++) {
			double[] theta = MatrixUtils.createRealVector(from.theta()).add(step.mapMultiply(length)).toArray();
			double f = ml.value(theta);
			if (f <= from.f() + SUFFICIENT_DECREASE * length * slope) {
				return ml.evaluate(theta, true);
			}
			length /= 2;
		}
		return null;
	}
}
