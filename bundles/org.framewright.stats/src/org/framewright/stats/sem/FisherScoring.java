package org.framewright.stats.sem;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
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

	/**
	 * A pivot below 1e-12 in the information scaled to unit diagonal (eigenvalues in [0, q]) is a dependence among
	 * the parameters, not a weak one: solving through it would give a step of 1e6 standard errors.
	 */
	private static final double PIVOT = 1e-12;

	/** The information is symmetric by construction; 1e-9 only allows for rounding. */
	private static final double SYMMETRY = 1e-9;

	/** Damping starts far below the unit diagonal (barely changing an almost regular step) and grows a hundredfold. */
	private static final double MIN_DAMPING = 1e-10;
	private static final double DAMPING_GROWTH = 100;

	/** Beyond 1e4 times the diagonal the step is a negligible multiple of the gradient: damping cannot help further. */
	private static final double MAX_DAMPING = 1e4;

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
			RealVector step = direction(current.information(), gradient);
			if (step == null) {
				return new Outcome(current, iteration - 1, false, "the information matrix has no usable direction (the model is not"
						+ " identified at these values)");
			}
			double slope = gradient.dotProduct(step);
			if (-slope < options.tolerance()) {
				return new Outcome(current, iteration - 1, true, null);
			}
			MaximumLikelihood.Evaluation next = lineSearch(ml, current, step, slope);
			// A step that leaves F unchanged passed Armijo's test by rounding alone (F + 1e-4 slope rounds to F): F is at
			// its floor. Seen with a control in employees (variance ~1e4 times the items'), where the decrement stays
			// at 4e-16, above the tolerance, and scoring would otherwise idle to the iteration limit.
			if (next == null || next.f() >= current.f()) {
				// No shorter step decreases F: at the optimum up to rounding, if the promised decrease is already tiny.
				boolean atOptimum = -slope < Math.sqrt(options.tolerance());
				return new Outcome(current, iteration, atOptimum, atOptimum ? null : "no step along the scoring direction decreases the discrepancy");
			}
			current = next;
		}
		return new Outcome(current, options.maxIterations(), false, "the estimates were still changing at the iteration limit");
	}

	/**
	 * The scoring direction -H^-1 g, solved in the parameters' own scales (H scaled to unit diagonal, so that the
	 * test of singularity does not depend on units). Where H is singular, as at a start where a construct with two
	 * items is not yet related to anything, the step is damped as Levenberg-Marquardt's, (H + mu D) d = -g, with mu
	 * raised until the system is solvable: a shorter step along the gradient that leaves the singular point.
	 */
	private static RealVector direction(double[][] information, RealVector gradient) {
		int q = information.length;
		double[] scale = new double[q];
		for (int k = 0; k < q; k++) {
			scale[k] = information[k][k] > 0 ? 1 / Math.sqrt(information[k][k]) : 1;
		}
		RealMatrix scaled = MatrixUtils.createRealMatrix(q, q);
		for (int k = 0; k < q; k++) {
			for (int l = 0; l < q; l++) {
				scaled.setEntry(k, l, information[k][l] * scale[k] * scale[l]);
			}
		}
		RealVector scaledGradient = gradient.ebeMultiply(MatrixUtils.createRealVector(scale));
		for (double damping = 0; damping <= MAX_DAMPING; damping = damping == 0 ? MIN_DAMPING : damping * DAMPING_GROWTH) {
			try {
				RealMatrix damped = scaled.add(MatrixUtils.createRealIdentityMatrix(q).scalarMultiply(damping));
				RealVector solution = new CholeskyDecomposition(damped, SYMMETRY, PIVOT).getSolver().solve(scaledGradient);
				return solution.ebeMultiply(MatrixUtils.createRealVector(scale)).mapMultiply(-1);
			} catch (MathIllegalArgumentException singular) {
				// try again with more damping
			}
		}
		return null;
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
