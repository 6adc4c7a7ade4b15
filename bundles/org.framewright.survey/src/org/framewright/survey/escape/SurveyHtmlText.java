package org.framewright.survey.escape;

import org.framewright.model.generation.HtmlText;

/**
 * Researcher's text in the fields survey tools show as HTML and scan for placeholders (LimeSurvey's question texts and
 * its ExpressionScript {...}, Qualtrics' texts and its ${...} piped text, SurveyJS' completedHtml and its {...} text
 * processing). The text is HTML-escaped ({@link HtmlText}); the characters that open placeholders ({, } and $)
 * become numeric character references, which the browser shows as the characters but no tool expands; line breaks
 * become {@code <br>}, since HTML would fold them into spaces. Decoding the references and reading {@code <br>} as
 * a line break gives the text back exactly (line breaks as \n).
 */
public final class SurveyHtmlText {

	private SurveyHtmlText() {
	}

	public static String escape(String text) {
		return HtmlText.escape(text).replace("{", "&#123;").replace("}", "&#125;").replace("$", "&#36;").replace("\r\n", "\n").replace('\r', '\n')
				.replace("\n", "<br>");
	}
}
