package org.framewright.stats;

/**
 * The stable codes of every problem the statistics engine reports, shared by the engine, the command line's JSON
 * output and the tests; a code never changes meaning once released.
 */
public final class StatsIssueCodes {

	private static final String PREFIX = "fw.stats.";

	// Reading a file
	public static final String UNREADABLE_FILE = PREFIX + "unreadable-file";
	public static final String EMPTY_FILE = PREFIX + "empty-file";
	public static final String MALFORMED_CSV = PREFIX + "malformed-csv";
	public static final String RAGGED_ROW = PREFIX + "ragged-row";
	public static final String TOO_MANY_PROBLEMS = PREFIX + "too-many-problems";

	// Raw responses
	public static final String MISSING_COLUMN = PREFIX + "missing-column";
	public static final String UNKNOWN_COLUMN = PREFIX + "unknown-column";
	public static final String DUPLICATE_COLUMN = PREFIX + "duplicate-column";
	public static final String NON_NUMERIC_CELL = PREFIX + "non-numeric-cell";
	public static final String OUT_OF_SCALE = PREFIX + "out-of-scale";
	public static final String CANNOT_REVERSE = PREFIX + "cannot-reverse";
	public static final String ROWS_DROPPED = PREFIX + "rows-dropped";

	// Summary data (correlation or covariance tables)
	public static final String MALFORMED_MATRIX = PREFIX + "malformed-matrix";
	public static final String ASYMMETRIC_MATRIX = PREFIX + "asymmetric-matrix";
	public static final String CORRELATION_OUT_OF_RANGE = PREFIX + "correlation-out-of-range";
	public static final String INVALID_SAMPLE_SIZE = PREFIX + "invalid-sample-size";
	public static final String MISSING_VARIABLE = PREFIX + "missing-variable";

	// Computations
	public static final String TOO_FEW_CASES = PREFIX + "too-few-cases";
	public static final String TOO_FEW_ITEMS = PREFIX + "too-few-items";
	public static final String ZERO_VARIANCE = PREFIX + "zero-variance";
	public static final String SINGULAR_MATRIX = PREFIX + "singular-matrix";
	public static final String NOT_POSITIVE_DEFINITE = PREFIX + "not-positive-definite";
	public static final String NEEDS_RAW_DATA = PREFIX + "needs-raw-data";
	public static final String INVALID_LOADING = PREFIX + "invalid-loading";

	// Structural equation models (ML)
	public static final String NOT_CONVERGED = PREFIX + "not-converged";
	public static final String NOT_IDENTIFIED = PREFIX + "not-identified";
	public static final String NEGATIVE_VARIANCE = PREFIX + "negative-variance";
	public static final String ESTIMATED_AS_REFLECTIVE = PREFIX + "estimated-as-reflective";
	public static final String TERM_NOT_ESTIMATED = PREFIX + "term-not-estimated";
	public static final String CORRELATIONS_ONLY = PREFIX + "correlations-only";
	public static final String NO_MEASUREMENT = PREFIX + "no-measurement";

	// Power analysis
	public static final String NO_PLAN = PREFIX + "no-plan";
	public static final String EFFECT_NOT_PLANNED = PREFIX + "effect-not-planned";
	public static final String EFFECT_NOT_SIMULATED = PREFIX + "effect-not-simulated";
	public static final String IMPOSSIBLE_EFFECTS = PREFIX + "impossible-effects";
	public static final String CYCLIC_PATHS = PREFIX + "cyclic-paths";
	public static final String INVALID_RELIABILITY = PREFIX + "invalid-reliability";
	public static final String LOADING_FROM_RELIABILITY = PREFIX + "loading-from-reliability";
	public static final String POWER_CANCELLED = PREFIX + "power-cancelled";

	// Bootstrap
	public static final String BOOTSTRAP_DRAWS_FAILED = PREFIX + "bootstrap-draws-failed";
	public static final String BOOTSTRAP_CANCELLED = PREFIX + "bootstrap-cancelled";
	public static final String BOOTSTRAP_TOO_FEW_DRAWS = PREFIX + "bootstrap-too-few-draws";

	private StatsIssueCodes() {
	}
}
