package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.Section;
import org.framewright.model.generation.HtmlText;
import org.framewright.survey.escape.ScriptJson;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** The hostile framework's questionnaire: every text arrives escaped, and none of it can become markup or script. */
class HtmlFormEscapingTest {

	private final Instrument hostile = Frameworks.instrument(Frameworks.hostile());

	/** The texts only one element of the page shows (scale labels repeat in every matrix of their scale). */
	private List<String> uniqueTexts(String language) {
		List<String> texts = new ArrayList<>(List.of(hostile.title().in(language, "en"), hostile.introduction().in(language, "en"),
				hostile.consent().in(language, "en"), hostile.thanks().in(language, "en")));
		hostile.sections().stream().map(Section::title).forEach(t -> texts.add(t.in(language, "en")));
		hostile.questions().stream().map(Question::text).forEach(t -> texts.add(t.in(language, "en")));
		return texts;
	}

	/** The page's body up to the script's data: what the browser shows before any script runs. */
	private static String body(String html) {
		return html.substring(html.indexOf("<body>"), html.indexOf("<script type=\"application/json\""));
	}

	@Test
	void theHostileTextsAreWhatTheTestsExpect() {
		assertTrue(hostile.thanks().base().contains("</script>") && hostile.thanks().base().contains("\u2028"));
		assertTrue(hostile.questions().get(0).text().base().contains("<script>alert(1)</script>"));
	}

	@Test
	void everyTextAppearsEscapedExactlyOnceInTheBody() {
		for (String language : List.of("en", "ar", "ms")) {
			String body = body(HtmlForms.html(hostile, language));
			for (String text : uniqueTexts(language)) {
				String escaped = HtmlText.escape(text);
				assertEquals(1, body.split(Pattern.quote(escaped), -1).length - 1, language + ": " + text);
			}
		}
	}

	@Test
	void noMarkupFromTheModelReachesThePage() {
		for (String language : hostile.languages()) {
			String html = HtmlForms.html(hostile, language);
			for (String markup : List.of("<script>alert", "</script><script>", "<b>", "<i>", "<img", "<with>", "<agree>", "<freely>", "<industry>",
					"<activity>", "<!-- ")) {
				assertFalse(html.contains(markup), language + ": " + markup);
			}
			assertEquals(2, html.split("<script", -1).length - 1, "only the data and the script");
			assertEquals(2, html.split("</script>", -1).length - 1);
		}
	}

	@Test
	void theDataCannotEndItsScriptElement() {
		String html = HtmlForms.html(hostile);
		int start = html.indexOf('>', html.indexOf("<script type=\"application/json\"")) + 1;
		String json = html.substring(start, html.indexOf("</script>", start));
		for (char c : new char[] { '<', '>', '&', '\u2028', '\u2029' }) {
			assertEquals(-1, json.indexOf(c), "the data holds no " + Integer.toHexString(c));
		}
		assertEquals(hostile.thanks().base(),
				JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("texts").getAsJsonObject("en").get("thanks").getAsString());
	}

	@Test
	void scriptJsonEscapesWhatCouldEndOrConfuseAScriptElement() {
		String text = "</script><!-- a & b > c \u2028\u2029 \"q\" \\ \n\t\u0001 \u0645 \u4e2d";
		String quoted = ScriptJson.quote(text);
		assertEquals("\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e c \\u2028\\u2029 \\\"q\\\" \\\\ \\n\\t\\u0001 \u0645 \u4e2d\"", quoted);
		assertEquals(text, JsonParser.parseString(quoted).getAsString());
		String json = ScriptJson.safe(org.framewright.survey.json.JsonPrinter.print(Map.of("a", Arrays.asList(1, true, null, "<b>&"))));
		assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
		assertEquals("<b>&", JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("a").get(3).getAsString());
	}
}
