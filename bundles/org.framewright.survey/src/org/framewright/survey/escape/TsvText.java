package org.framewright.survey.escape;

/**
 * Researcher's text in a tab-separated file (LimeSurvey's and Qualtrics' text imports): tabs and line breaks cannot
 * be part of a field, so they become a space and an HTML line break, which both tools show as a new line.
 */
public final class TsvText {

	private TsvText() {
	}

	public static String field(String text) {
		return text == null ? "" : text.replace("\r\n", "\n").replace("\t", " ").replace("\n", "<br>");
	}
}
