package org.framewright.stats.tests;

import java.util.List;
import java.util.function.Function;

import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.Interval;

/**
 * The ends of one quantity's interval over bootstraps with different seeds, whose spread is the Monte Carlo error
 * the agreement tests measure their tolerance by.
 *
 * @param lowers the lower end from each seed's bootstrap, in seed order
 * @param uppers the upper end from each
 */
record SeedIntervals(double[] lowers, double[] uppers) {

	static SeedIntervals of(List<BootstrapResult> bootstraps, String quantity, Function<BootstrapDistribution, Interval> method) {
		double[] lowers = new double[bootstraps.size()];
		double[] uppers = new double[bootstraps.size()];
		for (int s = 0; s < lowers.length; s++) {
			Interval interval = method.apply(bootstraps.get(s).distribution(quantity).orElseThrow());
			lowers[s] = interval.lower();
			uppers[s] = interval.upper();
		}
		return new SeedIntervals(lowers, uppers);
	}
}
