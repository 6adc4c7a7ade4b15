package org.framewright.stats.bootstrap;

/** The ends of a confidence interval. */
public record Interval(double lower, double upper) {

	/** Whether the interval lies wholly on one side of zero. */
	public boolean excludesZero() {
		return lower > 0 || upper < 0;
	}
}
