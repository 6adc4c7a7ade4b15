package org.framewright.survey.design;

import java.util.List;

/** The scale of items whose construct declares none: five points of agreement. */
final class DefaultScale {

	static final ResponseScale AGREE5 = new ResponseScale("Agree5", QuestionKind.LIKERT,
			List.of(new ResponseChoice(1, Text.of("Strongly disagree")), new ResponseChoice(2, Text.of("Disagree")),
					new ResponseChoice(3, Text.of("Neither agree nor disagree")), new ResponseChoice(4, Text.of("Agree")),
					new ResponseChoice(5, Text.of("Strongly agree"))),
			null, null, null);

	private DefaultScale() {
	}
}
