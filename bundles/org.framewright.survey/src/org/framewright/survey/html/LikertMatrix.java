package org.framewright.survey.html;

import java.util.List;

import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;

/**
 * Likert statements on one scale as a matrix: a table whose column headers are the scale's point labels and whose
 * rows are the statements. The radio buttons of a row form a radio group named by the statement, and each button is
 * labelled by its point (shown on narrow screens, where the matrix becomes a list). A randomised section's rows
 * carry data-shuffle, and the script shuffles them when the page loads.
 */
final class LikertMatrix {

	private LikertMatrix() {
	}

	static void write(FormMarkup form, List<Question> statements, ResponseScale scale, boolean shuffled) {
		Markup out = form.out();
		out.start("table", "class", "matrix");
		out.start("colgroup").empty("col", "class", "wording").end("colgroup");
		out.start("thead").start("tr").start("td").end("td");
		for (ResponseChoice choice : scale.choices()) {
			form.text("th", form.texts().choice(scale, choice), "scope", "col");
		}
		out.end("tr").end("thead");
		out.start("tbody", "data-shuffle", shuffled ? "true" : null);
		for (Question statement : statements) {
			row(form, statement, scale);
		}
		out.end("tbody");
		out.end("table");
	}

	private static void row(FormMarkup form, Question statement, ResponseScale scale) {
		Markup out = form.out();
		out.start("tr", FormMarkup.questionAttributes(statement, "statement"));
		out.start("th", "scope", "row");
		form.wording(statement);
		out.end("th");
		out.start("td", "class", "points-cell", "colspan", String.valueOf(scale.choices().size()));
		out.start("div", "class", "points", "role", "radiogroup", "aria-labelledby", FormMarkup.wordingId(statement), "aria-required",
				statement.required() ? "true" : null);
		for (ResponseChoice choice : scale.choices()) {
			String id = FormMarkup.inputId(statement, choice.code());
			out.start("label", "class", "point", "for", id);
			out.empty("input", "type", "radio", "id", id, "name", statement.variable(), "value", String.valueOf(choice.code()), "required",
					statement.required() ? "required" : null);
			form.text("span", form.texts().choice(scale, choice), "class", "point-text");
			out.end("label");
		}
		out.end("div");
		out.end("td");
		out.end("tr");
	}
}
