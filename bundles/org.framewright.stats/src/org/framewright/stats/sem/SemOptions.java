package org.framewright.stats.sem;

/**
 * The settings of an ML estimation, declared once with their defaults.
 *
 * @param maxIterations the most scoring steps before giving up; a well-specified model of a framework's size
 *                      converges in 10 to 40, so 500 only stops a run that is going nowhere
 * @param tolerance     the convergence criterion on the Newton decrement g' H^-1 g, the decrease of F the next step
 *                      promises; 1e-16 puts every estimate within about 1e-7 standard errors of the optimum (the
 *                      decrement is about the squared distance in the metric of the information), far inside the
 *                      1e-3 agreement with lavaan and still above the rounding floor of the gradient (about 1e-24)
 */
public record SemOptions(int maxIterations, double tolerance) {

	/** The defaults. */
	public static final SemOptions DEFAULT = new SemOptions(500, 1e-16);

	/** The same settings with another iteration limit. */
	public SemOptions withMaxIterations(int limit) {
		return new SemOptions(limit, tolerance);
	}
}
