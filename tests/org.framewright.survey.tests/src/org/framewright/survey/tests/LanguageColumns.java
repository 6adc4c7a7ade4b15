package org.framewright.survey.tests;

import java.util.Map;

/** The XLSForm language names of the test frameworks' languages, written out so the test does not trust the writer. */
final class LanguageColumns {

	private static final Map<String, String> NAMES = Map.of("en", "English (en)", "ms", "Malay (ms)", "ar", "Arabic (ar)", "zh", "Chinese (zh)");

	private LanguageColumns() {
	}

	static String name(String code) {
		return NAMES.get(code);
	}
}
