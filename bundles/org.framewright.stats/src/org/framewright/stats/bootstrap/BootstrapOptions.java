package org.framewright.stats.bootstrap;

/**
 * The settings of a bootstrap, declared once with their defaults, for the command line, the Studio and the engine.
 *
 * @param draws   the number of resamples B; 5000 (the and most methodologists' default for percentile
 *                and BCa intervals: the ends of a 95% interval rest on about 125 draws beyond each)
 * @param seed    the seed of the resampling; the same seed gives the same draws and intervals whatever the
 *                number of threads
 * @param threads the worker threads; by default every core the JVM may use
 */
public record BootstrapOptions(int draws, long seed, int threads) {

	public static final int DEFAULT_DRAWS = 5000;

	/** The seed the verdicts' Monte Carlo draws also use, so that a report reproduces without being told a seed. */
	public static final long DEFAULT_SEED = 20240601L;

	public BootstrapOptions {
		if (draws < 1) {
			throw new IllegalArgumentException("a bootstrap needs at least one draw, not " + draws);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("a bootstrap needs at least one thread, not " + threads);
		}
	}

	/** 5000 draws, the default seed, every core. */
	public static BootstrapOptions defaults() {
		return new BootstrapOptions(DEFAULT_DRAWS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
	}

	public BootstrapOptions withDraws(int count) {
		return new BootstrapOptions(count, seed, threads);
	}

	public BootstrapOptions withSeed(long value) {
		return new BootstrapOptions(draws, value, threads);
	}

	public BootstrapOptions withThreads(int count) {
		return new BootstrapOptions(draws, seed, count);
	}
}
