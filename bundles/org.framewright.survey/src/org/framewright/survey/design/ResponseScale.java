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

	/** The code of the choice with the given label in the base language, if any. */
	public java.util.Optional<ResponseChoice> choice(int code) {
		return choices.stream().filter(c -> c.code() == code).findFirst();
	}
}
