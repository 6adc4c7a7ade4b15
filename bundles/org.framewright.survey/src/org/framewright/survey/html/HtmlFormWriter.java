package org.framewright.survey.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.escape.ScriptJson;
import org.framewright.survey.json.JsonPrinter;

/**
 * The questionnaire as one self-contained HTML page that works offline: a title page, a page per section, every
 * language behind a picker, required answers checked page by page, and the answers saved as a CSV file whose
 * columns are the instrument's variables. The page is HTML5 that is also well-formed XML.
 */
public final class HtmlFormWriter implements InstrumentWriter {

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** The file a questionnaire is written to. */
	public static String fileName(Instrument instrument) {
		return instrument.id() + "-questionnaire.html";
	}

	/** The file the page saves a respondent's answers to. */
	public static String responsesFileName(Instrument instrument) {
		return instrument.id() + "-responses.csv";
	}

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		String shown = language == null ? instrument.baseLanguage() : language;
		if (!instrument.languages().contains(shown)) {
			throw new IllegalArgumentException("The questionnaire has no language " + shown + ": it has " + instrument.languages());
		}
		FormTexts texts = new FormTexts(instrument);
		FormMarkup form = new FormMarkup(new Markup(), texts, shown);
		Markup out = form.out();
		out.raw("<!DOCTYPE html>\n");
		out.start("html", "xmlns", XHTML, "lang", shown, "dir", Languages.direction(shown)).raw("\n");
		head(form);
		out.start("body").raw("\n");
		LanguagePicker.write(form, instrument);
		out.start("main").raw("\n");
		out.start("noscript");
		form.words("p", FormWording.NO_SCRIPT.text());
		out.end("noscript");
		out.start("form", "id", "fw-form", "novalidate", "novalidate").raw("\n");
		TitlePage.write(form, instrument);
		for (int i = 0; i < instrument.sections().size(); i++) {
			SectionPage.write(form, instrument.sections().get(i), i + 1, instrument.sections().size());
		}
		out.start("div", "id", "fw-problems", "class", "problems", "role", "alert").end("div");
		out.start("div", "class", "navigation");
		form.words("button", FormWording.BACK.text(), "type", "button", "id", "fw-back", "hidden", "hidden");
		form.words("button", FormWording.NEXT.text(), "type", "submit", "id", "fw-next");
		out.end("div");
		out.end("form");
		thanks(form);
		out.end("main");
		data(form, instrument);
		out.start("script").raw("//<![CDATA[\n").raw(PageResources.read(PageResources.SCRIPT)).raw("//]]>\n").end("script");
		out.end("body");
		out.end("html");
		return List.of(GeneratedFile.text(fileName(instrument), out.toString()));
	}

	private static void head(FormMarkup form) {
		Markup out = form.out();
		out.start("head").raw("\n");
		out.empty("meta", "charset", "utf-8").raw("\n");
		out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").raw("\n");
		form.text("title", FormTexts.TITLE);
		out.start("style").raw("/*<![CDATA[*/\n").raw(PageResources.read(PageResources.STYLE)).raw("/*]]>*/\n").end("style");
		out.end("head");
	}

	private static void thanks(FormMarkup form) {
		Markup out = form.out();
		out.start("section", "id", "fw-thanks", "hidden", "hidden", "tabindex", "-1").raw("\n");
		form.text("p", FormTexts.THANKS, "class", "thanks");
		form.words("a", FormWording.DOWNLOAD.text(), "id", "fw-download", "href", "#");
		out.end("section");
	}

	/** What the script needs, as JSON that cannot end its element: the variables and every text in every language. */
	private static void data(FormMarkup form, Instrument instrument) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", instrument.id());
		data.put("variables", instrument.variables());
		data.put("language", form.language());
		Map<String, String> directions = new LinkedHashMap<>();
		instrument.languages().forEach(language -> directions.put(language, Languages.direction(language)));
		data.put("directions", directions);
		data.put("texts", form.texts().byLanguage());
		data.put("words", FormWording.forScript());
		data.put("wordsLanguage", FormWording.LANGUAGE_TAG);
		form.out().start("script", "type", "application/json", "id", "fw-data").raw(ScriptJson.safe(JsonPrinter.print(data))).end("script");
	}
}
