package org.framewright.survey.design;

import java.util.List;

/**
 * One element of a page as survey tools present it: a matrix of consecutive Likert statements (attention checks
 * included) on one scale, or a single question.
 *
 * @param name      the element's name in a tool: a matrix is named after its section (MO; MO_2, MO_3 ... for further
 *                  matrices of the section), with underscores appended if a variable has that name; a single
 *                  question by its variable
 * @param questions the matrix's statements in order, or the single question
 */
public record PageElement(String name, List<Question> questions) {

	public PageElement {
		questions = List.copyOf(questions);
	}

	/** True for a matrix (even of one statement): the question is a Likert statement or an attention check. */
	public boolean isMatrix() {
		return isLikert(question());
	}

	/** The first (for a single question: the only) question. */
	public Question question() {
		return questions.get(0);
	}

	/** The scale every question of the element is answered on. */
	public ResponseScale scale() {
		return question().scale();
	}

	static boolean isLikert(Question question) {
		return question.kind() == QuestionKind.LIKERT || question.kind() == QuestionKind.ATTENTION_CHECK;
	}
}
