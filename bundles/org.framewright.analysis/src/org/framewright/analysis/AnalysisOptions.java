package org.framewright.analysis;

/**
 * The choices a researcher makes about generated analysis code, declared once with their defaults and bounds and
 * read by the command line, the Studio and the build alike.
 *
 * @param bootstrapDraws the bootstrap draws every script estimates its intervals from (the R and Python scripts
 *                       also take another number when run)
 * @param seed           the seed of the bootstrap, fixed so that a rerun on the same data gives the same intervals
 */
public record AnalysisOptions(int bootstrapDraws, int seed) {

	/** Draws enough for stable 95% percentile and bias-corrected intervals, the usual recommendation. */
	public static final int DEFAULT_BOOTSTRAP_DRAWS = 5000;

	/** Fewer draws than this give intervals whose ends move from one seed to the next. */
	public static final int MIN_BOOTSTRAP_DRAWS = 100;

	/** More than this would run for days in lavaan without making the intervals noticeably better. */
	public static final int MAX_BOOTSTRAP_DRAWS = 1_000_000;

	public static final int DEFAULT_SEED = 20240601;

	public static final AnalysisOptions DEFAULTS = new AnalysisOptions(DEFAULT_BOOTSTRAP_DRAWS, DEFAULT_SEED);

	public AnalysisOptions {
		if (bootstrapDraws < MIN_BOOTSTRAP_DRAWS || bootstrapDraws > MAX_BOOTSTRAP_DRAWS) {
			throw new IllegalArgumentException("the bootstrap draws must be a whole number from " + MIN_BOOTSTRAP_DRAWS + " to " + MAX_BOOTSTRAP_DRAWS
					+ ", not " + bootstrapDraws);
		}
		if (seed < 0) {
			throw new IllegalArgumentException("the seed must be a whole number from 0 up, not " + seed);
		}
	}

	public AnalysisOptions withBootstrapDraws(int value) {
		return new AnalysisOptions(value, seed);
	}

	public AnalysisOptions withSeed(int value) {
		return new AnalysisOptions(bootstrapDraws, value);
	}
}
