package org.framewright.survey.html;

import java.util.Arrays;

import org.framewright.survey.design.Question;

/**
 * The page being written in one language: the markup, the texts, and the conventions every part of the form shares
 * (how a researcher's text is shown, how a question is marked for the script).
 *
 * @param out      the page
 * @param texts    the researcher's texts by key
 * @param language the language the markup shows
 */
record FormMarkup(Markup out, FormTexts texts, String language) {

	/** An element showing the text of a key: the script replaces its text content when the language changes. */
	void text(String tag, String key, String... attributes) {
		String[] all = Arrays.copyOf(attributes, attributes.length + 2);
		all[attributes.length] = "data-text";
		all[attributes.length + 1] = key;
		out.element(tag, texts.in(key, language), all);
	}

	/** An element showing the form's own words, marked as being in their language whatever the page's language. */
	void words(String tag, String words, String... attributes) {
		String[] all = Arrays.copyOf(attributes, attributes.length + 2);
		all[attributes.length] = "lang";
		all[attributes.length + 1] = FormWording.LANGUAGE_TAG;
		out.element(tag, words, all);
	}

	/** The id of the element holding a question's wording; the name of the question in messages. */
	static String wordingId(Question question) {
		return "q-" + question.variable();
	}

	/** The id of a question's input, or of one choice of it. */
	static String inputId(Question question, Object choice) {
		return wordingId(question) + "-" + choice;
	}

	/**
	 * The attributes of the element around one question, which the script reads: the input's name, the element
	 * naming the question, and whether an answer is required.
	 */
	static String[] questionAttributes(Question question, String cssClass) {
		return new String[] { "class", "question " + cssClass, "data-name", question.variable(), "data-label", wordingId(question),
				"data-required", question.required() ? "true" : null };
	}

	/** A question's wording, then the mark of a required question. */
	void wording(Question question) {
		text("span", FormTexts.question(question), "id", wordingId(question));
		requiredMark(question.required());
	}

	void requiredMark(boolean required) {
		if (required) {
			out.element("span", " *", "class", "required", "aria-hidden", "true");
		}
	}
}
