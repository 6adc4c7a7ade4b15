package org.framewright.survey.html;

import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseChoice;

/**
 * A categorical question as a list of radio buttons in a fieldset whose legend is the question. A categorical
 * control without a declared scale has no categories to offer, so it is asked as a short text answer.
 */
final class ChoiceQuestion {

	private ChoiceQuestion() {
	}

	static void write(FormMarkup form, Question question) {
		if (question.scale().choices().isEmpty()) {
			NumberQuestion.write(form, question, "text");
			return;
		}
		Markup out = form.out();
		out.start("fieldset", FormMarkup.questionAttributes(question, "choices"));
		out.start("legend");
		form.wording(question);
		out.end("legend");
		for (ResponseChoice choice : question.scale().choices()) {
			String id = FormMarkup.inputId(question, choice.code());
			out.start("div", "class", "choice");
			out.empty("input", "type", "radio", "id", id, "name", question.variable(), "value", String.valueOf(choice.code()), "required",
					question.required() ? "required" : null);
			form.text("label", form.texts().choice(question.scale(), choice), "for", id);
			out.end("div");
		}
		out.end("fieldset");
	}
}
