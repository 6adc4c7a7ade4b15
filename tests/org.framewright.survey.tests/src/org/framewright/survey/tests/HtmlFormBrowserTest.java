package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.Section;
import org.framewright.survey.escape.CsvText;
import org.framewright.survey.html.HtmlFormWriter;
import org.framewright.survey.tests.WebDriver.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone questionnaire in a real browser (headless Chromium): required answers block with a message,
 * answers given by keyboard and mouse end up in the downloaded CSV, and the hostile framework's texts run nothing
 * and read exactly as written in every language. Fails, rather than skips, without Chromium.
 */
class HtmlFormBrowserTest {

	/** How long to wait for the browser to save the CSV file. */
	private static final long DOWNLOAD_MILLIS = 20_000;

	@TempDir
	Path work;

	private URI writeForm(Instrument instrument) throws IOException {
		GeneratedFile file = HtmlForms.file(instrument, instrument.baseLanguage());
		Path path = work.resolve(file.relativePath());
		Files.write(path, file.content());
		return path.toUri();
	}

	@Test
	void aRespondentAnswersEveryPageAndGetsTheCsv() throws Exception {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		URI form = writeForm(instrument);
		try (WebDriver browser = WebDriver.start(work)) {
			browser.open(form);
			assertEquals(Optional.empty(), browser.alertText());

			browser.click(browser.find("#fw-next"));
			assertEquals(List.of(instrument.consent().base()), problems(browser), "the consent is required");
			assertEquals("fw-title-page", visiblePage(browser), "the page did not advance");
			assertEquals("fw-consent", browser.scriptText("return document.activeElement.id"));
			browser.click(browser.find("label[for='fw-consent']"));
			browser.click(browser.find("#fw-next"));
			assertEquals(List.of(), problems(browser));

			List<String> expected = new ArrayList<>();
			int answered = 0;
			List<Section> sections = instrument.sections();
			for (int s = 0; s < sections.size(); s++) {
				Section section = sections.get(s);
				assertEquals("page-" + section.id(), visiblePage(browser));
				assertEquals("Section " + (s + 1) + " of " + sections.size(),
						browser.scriptText("return document.querySelector('.page:not([hidden]) .progress-text').textContent"));
				browser.click(browser.find("#fw-next"));
				assertEquals(section.questions().stream().map(q -> q.text().base()).toList(), problems(browser),
						"every required question of the page is named");
				assertEquals("page-" + section.id(), visiblePage(browser), "the page did not advance");
				assertEquals(section.questions().get(0).variable(), browser.scriptText("return document.activeElement.name"),
						"the first unanswered question has the focus");
				Question previous = null;
				for (Question question : section.questions()) {
					expected.add(answer(browser, question, answered, previous));
					previous = answered % 4 < 2 ? question : null;
					answered++;
				}
				if (s == 1) {
					browser.click(browser.find("#fw-back"));
					assertEquals("page-" + sections.get(0).id(), visiblePage(browser));
					browser.click(browser.find("#fw-next"));
					assertEquals("page-" + section.id(), visiblePage(browser), "the answers of the page before were kept");
				}
				assertEquals(s == sections.size() - 1 ? "Submit" : "Next", browser.scriptText("return document.getElementById('fw-next').textContent"));
				browser.click(browser.find("#fw-next"));
				assertEquals(List.of(), problems(browser));
			}
			assertEquals("false", browser.scriptText("return String(document.getElementById('fw-thanks').hidden)"));
			assertEquals(instrument.thanks().base(), browser.scriptText("return document.querySelector('#fw-thanks [data-text]').textContent"));

			List<String> csv = download(work.resolve("downloads").resolve(HtmlFormWriter.responsesFileName(instrument)));
			assertEquals(List.of(CsvText.line(instrument.variables()), CsvText.line(expected)), csv);
			assertEquals("MO1,MO2,MO3,MO4,AL1,AL2,AL3,IP1,IP2,IP3,SIZE\r\n", csv.get(0));
		}
	}

	/**
	 * Answers a question: Likert statements alternately by keyboard (two in a row, the second reached with Tab) and by
	 * mouse (on the radio, or on its label), numbers typed. Returns the code the CSV should hold.
	 */
	private static String answer(WebDriver browser, Question question, int index, Question previousByKeyboard) throws Exception {
		if (question.kind() == QuestionKind.NUMERIC) {
			String typed = String.valueOf(250 + index);
			Element field = browser.find("#q-" + question.variable() + "-input");
			browser.sendKeys(field, typed);
			assertEquals(typed + " true", browser.scriptText("return arguments[0].value + ' ' + arguments[0].validity.valid", field));
			return typed;
		}
		int choice = (index * 2) % question.scale().choices().size();
		int code = question.scale().choices().get(choice).code();
		String radio = "#q-" + question.variable() + "-" + code;
		switch (index % 4) {
			case 0, 1 -> {
				if (previousByKeyboard != null) {
					browser.press(WebDriver.TAB);
				} else {
					browser.script("arguments[0].focus()", browser.find("input[name='" + question.variable() + "']"));
				}
				assertEquals(question.variable(), browser.scriptText("return document.activeElement.name"), "focus in " + question.variable());
				browser.press(WebDriver.SPACE);
				for (int i = 0; i < choice; i++) {
					browser.press(WebDriver.ARROW_DOWN);
				}
			}
			case 2 -> browser.click(browser.find(radio));
			default -> browser.click(browser.find("label[for='" + radio.substring(1) + "']"));
		}
		assertEquals(String.valueOf(code), browser.scriptText("const c = document.querySelector(\"input[name='\" + arguments[0] + \"']:checked\");"
				+ " return c === null ? null : c.value", question.variable()), question.variable());
		return String.valueOf(code);
	}

	private static String visiblePage(WebDriver browser) throws Exception {
		return browser.scriptText("return document.querySelector('.page:not([hidden])').id");
	}

	/** The questions the visible message names (none if it is empty). */
	private static List<String> problems(WebDriver browser) throws Exception {
		assertEquals("alert", browser.scriptText("return document.getElementById('fw-problems').getAttribute('role')"));
		return browser.scriptTexts("return Array.from(document.querySelectorAll('#fw-problems li')).map(li => li.textContent)");
	}

	/** The lines of the file the browser saved, once it has finished saving it. */
	private static List<String> download(Path file) throws Exception {
		long deadline = System.currentTimeMillis() + DOWNLOAD_MILLIS;
		while (!Files.exists(file) || Files.size(file) == 0) {
			if (System.currentTimeMillis() > deadline) {
				try (Stream<Path> files = Files.list(file.getParent())) {
					throw new AssertionError("No " + file.getFileName() + " downloaded; the folder holds " + files.toList());
				}
			}
			Thread.sleep(100);
		}
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>();
		for (String line : text.split("(?<=\r\n)")) {
			lines.add(line);
		}
		return lines;
	}

	@Test
	void theHostileFormRunsNothingAndShowsEveryTextExactly() throws Exception {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		URI form = writeForm(instrument);
		try (WebDriver browser = WebDriver.start(work)) {
			browser.open(form);
			assertNothingRan(browser);
			assertTrue(browser.scriptText("return document.querySelector('.introduction').innerText").contains("\n"),
					"the introduction's newline shows as a line break");
			assertTexts(browser, instrument, "en", "ltr");
			for (String language : List.of("ar", "zh", "ms")) {
				browser.click(browser.find("#fw-language option[value='" + language + "']"));
				assertTexts(browser, instrument, language, language.equals("ar") ? "rtl" : "ltr");
				assertNothingRan(browser);
			}
		}
	}

	private static void assertNothingRan(WebDriver browser) throws Exception {
		assertEquals(Optional.empty(), browser.alertText(), "no alert is open");
		assertEquals("undefined", browser.scriptText("return typeof window.__pwned"));
		assertEquals("0", browser.scriptText("return String(document.querySelectorAll('img, b, i, iframe').length)"));
		assertEquals("2", browser.scriptText("return String(document.scripts.length)"));
	}

	private static void assertTexts(WebDriver browser, Instrument instrument, String language, String direction) throws Exception {
		assertEquals(language, browser.scriptText("return document.documentElement.lang"));
		assertEquals(direction, browser.scriptText("return document.documentElement.dir"));
		for (Question question : instrument.questions()) {
			assertEquals(question.text().in(language, instrument.baseLanguage()),
					browser.scriptText("return document.getElementById(arguments[0]).textContent", "q-" + question.variable()),
					language + " " + question.variable());
		}
		assertEquals(instrument.title().in(language, instrument.baseLanguage()), browser.scriptText("return document.querySelector('h1').textContent"));
		assertEquals(instrument.consent().in(language, instrument.baseLanguage()),
				browser.scriptText("return document.getElementById('fw-consent-text').textContent"));
		assertEquals(instrument.thanks().in(language, instrument.baseLanguage()),
				browser.scriptText("return document.querySelector('#fw-thanks [data-text]').textContent"));
		assertFalse(instrument.title().base().isEmpty());
	}
}
