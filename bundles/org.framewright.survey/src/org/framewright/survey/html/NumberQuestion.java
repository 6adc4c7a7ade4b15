package org.framewright.survey.html;

import java.math.BigDecimal;

import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseScale;

/** A numeric question: a labelled number field with the scale's bounds, and its unit beside it. */
final class NumberQuestion {

	private NumberQuestion() {
	}

	static void write(FormMarkup form, Question question) {
		write(form, question, "number");
	}

	/** A labelled field of the given input type ("number", or "text" for a category typed in). */
	static void write(FormMarkup form, Question question, String type) {
		Markup out = form.out();
		ResponseScale scale = question.scale();
		boolean number = type.equals("number");
		String id = FormMarkup.inputId(question, "input");
		boolean unit = number && scale.unit() != null && !scale.unit().isBlank();
		out.start("div", FormMarkup.questionAttributes(question, "field"));
		out.start("label", "for", id);
		form.wording(question);
		out.end("label");
		out.empty("input", "type", type, "id", id, "name", question.variable(), "min", number ? plain(scale.minimum()) : null, "max",
				number ? plain(scale.maximum()) : null, "step", number ? "any" : null, "required", question.required() ? "required" : null,
				"aria-describedby", unit ? id + "-unit" : null);
		if (unit) {
			out.element("span", scale.unit(), "class", "unit", "id", id + "-unit");
		}
		out.end("div");
	}

	/** A bound as written: 100000, not 100000.0 or 1.0E5. */
	private static String plain(Double value) {
		return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
	}
}
