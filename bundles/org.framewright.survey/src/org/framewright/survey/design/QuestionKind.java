package org.framewright.survey.design;

/** What a question asks for, which decides how every format presents it. */
public enum QuestionKind {
	/** A statement rated on a Likert scale; consecutive ones with one scale form a matrix. */
	LIKERT,
	/** A number (a background question such as firm size, or an item on a numeric scale). */
	NUMERIC,
	/** One of a list of categories. */
	CATEGORICAL,
	/** A Likert statement that tells the respondent which point to choose; its answer checks attention. */
	ATTENTION_CHECK
}
