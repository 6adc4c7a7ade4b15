package org.framewright.survey.design;

import java.util.List;

/**
 * A questionnaire designed from a framework, independent of any survey tool: every format (HTML, SurveyJS,
 * LimeSurvey, XLSForm, REDCap, Qualtrics, codebook) is written from this, so they cannot disagree on variable
 * names, wording, order or codes.
 *
 * @param id           an identifier for the survey (the framework's name)
 * @param title        the title page's heading
 * @param introduction the title page's text (empty if none)
 * @param consent      the consent statement respondents agree to (empty: no consent question)
 * @param thanks       the text after the last answer
 * @param baseLanguage the language the wording is written in (ISO 639-1)
 * @param languages    every language of the questionnaire, the base language first
 * @param sections     the sections in order
 */
public record Instrument(String id, Text title, Text introduction, Text consent, Text thanks, String baseLanguage, List<String> languages,
		List<Section> sections) {

	public Instrument {
		languages = List.copyOf(languages);
		sections = List.copyOf(sections);
	}

	/** Every question in questionnaire order: the data's columns, the codebook's variables. */
	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	/** The variable names in questionnaire order: the header of the data every format collects. */
	public List<String> variables() {
		return questions().stream().map(Question::variable).toList();
	}

	/** The scales the questions use, each once, in order of first use. */
	public List<ResponseScale> scales() {
		return questions().stream().map(Question::scale).distinct().toList();
	}

	/** True if the questionnaire asks for consent before the questions. */
	public boolean asksConsent() {
		return !consent.base().isBlank();
	}
}
