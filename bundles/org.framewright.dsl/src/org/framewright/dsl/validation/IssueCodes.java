package org.framewright.dsl.validation;

/**
 * The stable codes of every problem the language reports. Shared by the validators, the quick fixes (code
 * actions), the CLI's JSON output and the tests; a code never changes meaning once released.
 */
public final class IssueCodes {

	private static final String PREFIX = "fw.";

	// Names and references
	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolved-reference";
	public static final String DUPLICATE_ITEM_CODE = PREFIX + "duplicate-item-code";
	public static final String ITEM_CODES_DIFFER_ONLY_IN_CASE = PREFIX + "item-codes-differ-only-in-case";
	public static final String SYNTAX_ERROR = PREFIX + "syntax-error";

	// Hypothesis structure
	public static final String CYCLE = PREFIX + "cycle";
	public static final String MEDIATION_PATH_NOT_HYPOTHESISED = PREFIX + "mediation-path-not-hypothesised";
	public static final String CONSTRUCT_REPEATED = PREFIX + "construct-repeated";
	public static final String MODERATED_PATH_NOT_HYPOTHESISED = PREFIX + "moderated-path-not-hypothesised";
	public static final String CONTRADICTORY_HYPOTHESES = PREFIX + "contradictory-hypotheses";
	public static final String DUPLICATE_HYPOTHESIS = PREFIX + "duplicate-hypothesis";
	public static final String NONDIRECTIONAL_HYPOTHESIS = PREFIX + "nondirectional-hypothesis";
	public static final String FULL_MEDIATION_WITH_DIRECT_EFFECT = PREFIX + "full-mediation-with-direct-effect";
	public static final String UNUSED_CONSTRUCT = PREFIX + "unused-construct";

	// Measurement
	public static final String TOO_FEW_ITEMS = PREFIX + "too-few-items";
	public static final String SINGLE_ITEM_MEASURE = PREFIX + "single-item-measure";
	public static final String NO_ITEMS = PREFIX + "no-items";
	public static final String FORMATIVE_SINGLE_ITEM = PREFIX + "formative-single-item";
	public static final String TOO_FEW_DIMENSIONS = PREFIX + "too-few-dimensions";
	public static final String ITEMS_AND_DIMENSIONS = PREFIX + "items-and-dimensions";
	public static final String ITEM_SCALE_DIFFERS = PREFIX + "item-scale-differs";
	public static final String ITEM_WITHOUT_SCALE = PREFIX + "item-without-scale";
	public static final String DUPLICATE_TRANSLATION = PREFIX + "duplicate-translation";
	public static final String INVALID_SCALE = PREFIX + "invalid-scale";
	public static final String CONSTRUCT_IN_SEVERAL_GROUPS = PREFIX + "construct-in-several-groups";

	// Identification and sample size
	public static final String NOT_IDENTIFIED = PREFIX + "not-identified";
	public static final String SAMPLE_TOO_SMALL_FOR_PARAMETERS = PREFIX + "sample-too-small-for-parameters";
	public static final String SAMPLE_TOO_SMALL_FOR_ARROWS = PREFIX + "sample-too-small-for-arrows";
	public static final String INVALID_PLAN = PREFIX + "invalid-plan";
	public static final String DUPLICATE_RELIABILITY = PREFIX + "duplicate-reliability";
	public static final String RELIABILITY_WITHOUT_ITEMS = PREFIX + "reliability-without-items";
	public static final String RELIABILITY_AND_LOADINGS = PREFIX + "reliability-and-loadings";
	public static final String SURVEY_LANGUAGE_UNTRANSLATED = PREFIX + "survey-language-untranslated";
	public static final String INVALID_SURVEY = PREFIX + "invalid-survey";

	private IssueCodes() {
	}
}
