package org.framewright.survey.html;

import java.util.Locale;
import java.util.Set;

/** What the page needs to know about a language: its name in itself, for the picker, and its writing direction. */
final class Languages {

	/** The languages written right to left (ISO 639-1 and the common three-letter codes without one). */
	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku", "ps", "sd", "ug",
			"ur", "yi");

	private Languages() {
	}

	/** "ltr" or "rtl", for the dir attribute. */
	static String direction(String language) {
		return RIGHT_TO_LEFT.contains(primary(language)) ? "rtl" : "ltr";
	}

	/** The language's name in the language itself (English, العربية, 中文), or the code if Java does not know it. */
	static String nativeName(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String name = locale.getDisplayLanguage(locale);
		if (name.isBlank() || name.equalsIgnoreCase(language)) {
			return language;
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	private static String primary(String language) {
		int dash = language.indexOf('-');
		return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
	}
}
