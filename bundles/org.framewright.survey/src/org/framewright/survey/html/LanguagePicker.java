package org.framewright.survey.html;

import org.framewright.survey.design.Instrument;

/** The bar above the form: a picker of the questionnaire's languages, each named in itself, if it has several. */
final class LanguagePicker {

	private LanguagePicker() {
	}

	static void write(FormMarkup form, Instrument instrument) {
		if (instrument.languages().size() < 2) {
			return;
		}
		Markup out = form.out();
		out.start("div", "class", "bar");
		form.words("label", FormWording.LANGUAGE.text(), "for", "fw-language");
		out.start("select", "id", "fw-language");
		for (String language : instrument.languages()) {
			out.element("option", Languages.nativeName(language), "value", language, "lang", language, "dir", Languages.direction(language),
					"selected", language.equals(form.language()) ? "selected" : null);
		}
		out.end("select");
		out.end("div");
	}
}
