package org.framewright.survey.design;

import java.util.List;

/**
 * The answers a question takes.
 *
 * @param name    the model's scale name (Agree5), or a made-up name for questions without a declared scale
 * @param kind    LIKERT, NUMERIC or CATEGORICAL
 * @param choices the choices of a Likert or categorical scale, in order; empty for a numeric one
 * @param minimum the smallest number a numeric answer may be, or null
 * @param maximum the largest number a numeric answer may be, or null
 * @param unit    the unit of a numeric answer ("employees"), or null
 */
public record ResponseScale(String name, QuestionKind kind, List<ResponseChoice> choices, Double minimum, Double maximum, String unit) {

	public ResponseScale {
		choices = List.copyOf(choices);
	}

	/**
	 * True if a numeric answer is a whole number: both bounds are declared and whole (1..100000 employees). Without
	 * both bounds nothing says the answer is a count, so formats take any number.
	 */
	public boolean wholeNumbers() {
		return kind == QuestionKind.NUMERIC && minimum != null && maximum != null && minimum == Math.rint(minimum) && maximum == Math.rint(maximum);
	}

	/** A bound as formats write it: 1 rather than 1.0, 2.5 as 2.5. */
	public static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	/** The code of the choice with the given label in the base language, if any. */
	public java.util.Optional<ResponseChoice> choice(int code) {
		return choices.stream().filter(c -> c.code() == code).findFirst();
	}
}
