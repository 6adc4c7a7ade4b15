package org.framewright.survey.html;

import org.framewright.survey.design.Instrument;

/** The first page: the title, the introduction and, if the study asks for it, the consent to take part. */
final class TitlePage {

	/** The name of the consent checkbox: not a variable of the data (variables cannot contain a hyphen). */
	static final String CONSENT = "fw-consent";

	private TitlePage() {
	}

	static void write(FormMarkup form, Instrument instrument) {
		Markup out = form.out();
		out.start("section", "class", "page", "id", "fw-title-page");
		form.text("h1", FormTexts.TITLE, "tabindex", "-1");
		if (!instrument.introduction().base().isBlank()) {
			form.text("p", FormTexts.INTRODUCTION, "class", "introduction");
		}
		form.words("p", FormWording.REQUIRED_NOTE.text(), "class", "note");
		if (instrument.asksConsent()) {
			out.start("div", "class", "question consent", "data-name", CONSENT, "data-label", "fw-consent-text", "data-required", "true");
			out.empty("input", "type", "checkbox", "id", CONSENT, "name", CONSENT, "value", "yes", "required", "required");
			out.start("label", "for", CONSENT);
			form.text("span", FormTexts.CONSENT, "id", "fw-consent-text");
			form.requiredMark(true);
			out.end("label");
			out.end("div");
		}
		out.end("section");
	}
}
