package org.framewright.survey.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.Text;

/**
 * The researcher's texts of a questionnaire by key. An element showing one carries its key in {@code data-text};
 * the markup holds the text in the default language, and the script switches languages by setting each element's
 * text content from the same keys.
 */
final class FormTexts {

	static final String TITLE = "title";
	static final String INTRODUCTION = "introduction";
	static final String CONSENT = "consent";
	static final String THANKS = "thanks";

	private final Instrument instrument;
	private final List<ResponseScale> scales;
	private final Map<String, Text> texts;

	FormTexts(Instrument instrument) {
		this.instrument = instrument;
		this.scales = instrument.scales();
		this.texts = collect();
	}

	static String section(Section section) {
		return "section." + section.id();
	}

	static String question(Question question) {
		return "question." + question.variable();
	}

	/** The key of a choice's label: scales are numbered, since a scale's name need not be unique among them. */
	String choice(ResponseScale scale, ResponseChoice choice) {
		return "choice." + scales.indexOf(scale) + "." + choice.code();
	}

	/** Every text by key, in the order the page shows them. */
	private Map<String, Text> collect() {
		Map<String, Text> texts = new LinkedHashMap<>();
		texts.put(TITLE, instrument.title());
		texts.put(INTRODUCTION, instrument.introduction());
		texts.put(CONSENT, instrument.consent());
		for (Section section : instrument.sections()) {
			texts.put(section(section), section.title());
			for (Question question : section.questions()) {
				texts.put(question(question), question.text());
			}
		}
		for (ResponseScale scale : scales) {
			for (ResponseChoice choice : scale.choices()) {
				texts.put(choice(scale, choice), choice.label());
			}
		}
		texts.put(THANKS, instrument.thanks());
		return texts;
	}

	/** Every text in every language of the questionnaire: language, then key, then text. */
	Map<String, Map<String, String>> byLanguage() {
		Map<String, Map<String, String>> languages = new LinkedHashMap<>();
		for (String language : instrument.languages()) {
			Map<String, String> texts = new LinkedHashMap<>();
			this.texts.forEach((key, text) -> texts.put(key, text.in(language, instrument.baseLanguage())));
			languages.put(language, texts);
		}
		return languages;
	}

	/** The text of a key in a language. */
	String in(String key, String language) {
		return texts.get(key).in(language, instrument.baseLanguage());
	}
}
