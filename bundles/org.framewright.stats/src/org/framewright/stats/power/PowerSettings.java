package org.framewright.stats.power;

import java.util.List;
import java.util.TreeSet;

import org.framewright.model.Framework;

/**
 * How a power analysis runs: the sample sizes, the replications at each, the seed, the threads, and the Monte
 * Carlo draws of each indirect effect's interval inside the loop.
 *
 * @param sampleSizes     the sample sizes, ascending
 * @param replications    the samples drawn and analysed at each size
 * @param seed            the seed; the same seed gives the same powers whatever the threads
 * @param threads         the threads to use
 * @param monteCarloDraws draws of an indirect effect's Monte Carlo interval in each replication
 * @param bootstrapDraws  0 to judge indirect effects by Monte Carlo intervals (the default); else the bootstrap draws
 *                        each replication's cases are resampled with to judge them (as the analysis would with
 *                        --bootstrap; far slower)
 */
public record PowerSettings(List<Integer> sampleSizes, int replications, long seed, int threads, int monteCarloDraws, int bootstrapDraws) {

	public PowerSettings(List<Integer> sampleSizes, int replications, long seed, int threads, int monteCarloDraws) {
		this(sampleSizes, replications, seed, threads, monteCarloDraws, 0);
	}

	/** Replications when none are asked for: a power of .80 is then known to about ±.013 (one standard error). */
	public static final int DEFAULT_REPLICATIONS = 1000;

	/**
	 * Monte Carlo draws per indirect effect inside the loop: each replication only needs to know whether p is below
	 * alpha, and with 2,000 draws p = .05 is known to about ±.005, which moves a power by far less than the
	 * replications' own error.
	 */
	public static final int DEFAULT_MONTE_CARLO_DRAWS = 2000;

	public static final long DEFAULT_SEED = 20240601L;

	/** The sample sizes tried when none are asked for: 100 to 1,000 in steps of 50, and the plan's own N. */
	public static List<Integer> defaultSampleSizes(Framework framework) {
		TreeSet<Integer> sizes = new TreeSet<>();
		for (int n = 100; n <= 1000; n += 50) {
			sizes.add(n);
		}
		if (framework.getPlan() != null && framework.getPlan().isSetSampleSize() && framework.getPlan().getSampleSize() >= 10) {
			sizes.add(framework.getPlan().getSampleSize());
		}
		return List.copyOf(sizes);
	}

	/** The settings when none are asked for, on the given threads. */
	public static PowerSettings defaults(Framework framework, int threads) {
		return new PowerSettings(defaultSampleSizes(framework), DEFAULT_REPLICATIONS, DEFAULT_SEED, threads, DEFAULT_MONTE_CARLO_DRAWS);
	}

	public PowerSettings {
		sampleSizes = List.copyOf(sampleSizes);
		if (sampleSizes.isEmpty() || replications < 1 || threads < 1 || monteCarloDraws < 100 || bootstrapDraws < 0) {
			throw new IllegalArgumentException("a power analysis needs sample sizes, one replication or more, a thread, and 100 Monte Carlo draws or more");
		}
	}
}
