package org.framewright.survey.escape;

/**
 * Researcher's text in a REDCap choice list ("1, Agree | 2, Disagree"), which lives inside one CSV field (escaped
 * again by {@link CsvText}). REDCap has no escape for the list's separators: a pipe becomes a full-width vertical
 * line (U+FF5C) and a line break a space, so the list keeps its choices; a comma is fine, since REDCap splits a
 * choice at its first comma only.
 */
public final class RedcapText {

	private RedcapText() {
	}

	public static String choiceLabel(String text) {
		return text == null ? "" : text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('|', '\uFF5C');
	}
}
