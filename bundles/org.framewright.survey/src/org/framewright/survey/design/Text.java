package org.framewright.survey.design;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text a respondent reads, in the questionnaire's languages: the wording as written (in the base language) and its
 * translations. A language without a translation shows the base wording.
 *
 * @param base         the text in the questionnaire's base language
 * @param translations the text in other languages, by ISO 639-1 code
 */
public record Text(String base, Map<String, String> translations) {

	public Text {
		base = base == null ? "" : base;
		translations = Map.copyOf(translations);
	}

	public static Text of(String base) {
		return new Text(base, Map.of());
	}

	/** The text in a language: its translation, or the base wording if it has none. */
	public String in(String language, String baseLanguage) {
		return language == null || language.equals(baseLanguage) ? base : translations.getOrDefault(language, base);
	}

	/** True if the text has a translation into the language (or the language is the base language). */
	public boolean hasLanguage(String language, String baseLanguage) {
		return language.equals(baseLanguage) || translations.containsKey(language);
	}

	static Text withTranslations(String base, Map<String, String> translations) {
		return new Text(base, new LinkedHashMap<>(translations));
	}
}
