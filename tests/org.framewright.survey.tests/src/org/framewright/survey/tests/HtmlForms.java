package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.html.HtmlFormWriter;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The standalone HTML questionnaire of an instrument, for the tests. */
final class HtmlForms {

	private HtmlForms() {
	}

	static GeneratedFile file(Instrument instrument, String language) {
		List<GeneratedFile> files = new HtmlFormWriter().write(instrument, language);
		assertEquals(1, files.size(), "the questionnaire is one file");
		return files.get(0);
	}

	static String html(Instrument instrument, String language) {
		return new String(file(instrument, language).content(), StandardCharsets.UTF_8);
	}

	static String html(Instrument instrument) {
		return html(instrument, instrument.baseLanguage());
	}

	static XhtmlPage page(Instrument instrument, String language) {
		return XhtmlPage.parse(file(instrument, language).content());
	}

	static XhtmlPage page(Instrument instrument) {
		return page(instrument, instrument.baseLanguage());
	}

	/** The JSON the page's script reads: id, variables, language, directions, texts (language, key, text), words. */
	static JsonObject data(XhtmlPage page) {
		return JsonParser.parseString(page.byId("fw-data").getTextContent()).getAsJsonObject();
	}
}
