package org.framewright.survey.design;

import java.util.Locale;

/** The names of the questionnaire's languages (ISO 639-1 codes) as formats and codebooks show them. */
public final class LanguageNames {

	private LanguageNames() {
	}

	/** The English name of a language: "Malay" for ms; the code itself for a code Java does not know. */
	public static String english(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

	/** The name and code, as XLSForm's translated columns want them: "English (en)". */
	public static String withCode(String code) {
		return english(code) + " (" + code + ")";
	}
}
