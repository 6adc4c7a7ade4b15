package org.framewright.survey.html;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form's own words, around the researcher's texts: buttons, progress and messages. English only for now; the
 * script reads the ones it shows from the page's data, so a translation would change nothing else.
 */
enum FormWording {
	NEXT("Next"),
	BACK("Back"),
	SUBMIT("Submit"),
	LANGUAGE("Language"),
	PROGRESS("Section %d of %d"),
	REQUIRED_NOTE("Questions marked * need an answer."),
	PROBLEMS("Please answer these questions before you go on:"),
	DOWNLOAD("Save the answers again (CSV file)"),
	NO_SCRIPT("This questionnaire needs JavaScript: please allow scripts for this file, or open it in another browser.");

	/** The language of these words, for the lang attribute of the elements showing them. */
	static final String LANGUAGE_TAG = "en";

	private final String english;

	FormWording(String english) {
		this.english = english;
	}

	String text() {
		return english;
	}

	String format(Object... arguments) {
		return String.format(Locale.ROOT, english, arguments);
	}

	/** The words the script shows, by key (next, submit, problems ...). */
	static Map<String, String> forScript() {
		Map<String, String> words = new LinkedHashMap<>();
		for (FormWording wording : values()) {
			words.put(wording.name().toLowerCase(Locale.ROOT), wording.english);
		}
		return words;
	}
}
