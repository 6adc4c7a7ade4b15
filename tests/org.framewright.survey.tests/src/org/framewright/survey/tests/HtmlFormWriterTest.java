package org.framewright.survey.tests;

import static org.framewright.survey.tests.XhtmlPage.hasClass;
import static org.framewright.survey.tests.XhtmlPage.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.SurveyOptions;
import org.framewright.survey.design.Text;
import org.framewright.survey.html.HtmlFormWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import com.google.gson.JsonObject;

/** The structure of the standalone HTML questionnaire, read as XML. */
class HtmlFormWriterTest {

	static Stream<Instrument> instruments() {
		return Stream.concat(Frameworks.EXAMPLES.stream().map(Frameworks::example), Stream.of(Frameworks.hostile())).map(Frameworks::instrument);
	}

	@Test
	void writesOneFileNamedAfterTheInstrument() {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		assertEquals("SmeAlliances-questionnaire.html", HtmlForms.file(instrument, "en").relativePath());
		assertEquals("SmeAlliances-responses.csv", HtmlFormWriter.responsesFileName(instrument));
	}

	@ParameterizedTest
	@MethodSource("instruments")
	void everyVariableHasInputsNamedAfterIt(Instrument instrument) {
		XhtmlPage page = HtmlForms.page(instrument);
		for (Question question : instrument.questions()) {
			List<Element> inputs = page.all("input", e -> e.getAttribute("name").equals(question.variable()));
			if (question.kind() == QuestionKind.NUMERIC || question.scale().choices().isEmpty()) {
				assertEquals(1, inputs.size(), question.variable());
				assertEquals(question.kind() == QuestionKind.NUMERIC ? "number" : "text", inputs.get(0).getAttribute("type"));
			} else {
				List<String> codes = question.scale().choices().stream().map(c -> String.valueOf(c.code())).toList();
				assertEquals(codes, inputs.stream().map(e -> e.getAttribute("value")).toList(), question.variable());
				assertTrue(inputs.stream().allMatch(e -> e.getAttribute("type").equals("radio")), question.variable());
			}
			assertTrue(inputs.stream().allMatch(e -> e.hasAttribute("required") == question.required()), question.variable());
		}
		Set<String> named = new HashSet<>();
		page.all("input").forEach(e -> named.add(e.getAttribute("name")));
		named.remove("fw-consent");
		assertEquals(Set.copyOf(instrument.variables()), named, "no input outside the variables but the consent");
	}

	@Test
	void numbersCarryTheScalesBounds() {
		XhtmlPage page = HtmlForms.page(Frameworks.instrument(Frameworks.hostile()));
		Element staff = page.byId("q-STAFF-input");
		assertEquals("1", staff.getAttribute("min"));
		assertEquals("100000", staff.getAttribute("max"));
		assertEquals("any", staff.getAttribute("step"));
		assertEquals("people", page.byId(staff.getAttribute("aria-describedby")).getTextContent());
		Element size = HtmlForms.page(Frameworks.instrument(Frameworks.example("sme-alliances.fwk"))).byId("q-SIZE-input");
		assertFalse(size.hasAttribute("min") || size.hasAttribute("max"), "a control without a scale has no bounds");
	}

	@ParameterizedTest
	@MethodSource("instruments")
	void everyInputAndSelectHasALabel(Instrument instrument) {
		XhtmlPage page = HtmlForms.page(instrument);
		Set<String> labelled = new HashSet<>();
		page.all("label").forEach(label -> labelled.add(label.getAttribute("for")));
		List<Element> controls = new ArrayList<>(page.all("input"));
		controls.addAll(page.all("select"));
		for (Element control : controls) {
			String id = control.getAttribute("id");
			assertFalse(id.isEmpty(), "every control has an id");
			assertTrue(labelled.contains(id), id + " has a label");
		}
	}

	@ParameterizedTest
	@MethodSource("instruments")
	void idsAreUnique(Instrument instrument) {
		Set<String> ids = new HashSet<>();
		for (Element element : HtmlForms.page(instrument).all("*", e -> e.hasAttribute("id"))) {
			assertTrue(ids.add(element.getAttribute("id")), "duplicate id " + element.getAttribute("id"));
		}
	}

	@ParameterizedTest
	@MethodSource("instruments")
	void eachSectionIsAPageWithALegendAndItsProgress(Instrument instrument) {
		XhtmlPage page = HtmlForms.page(instrument);
		List<Element> pages = page.all("fieldset", e -> hasClass(e, "page"));
		assertEquals(instrument.sections().size(), pages.size());
		int count = pages.size();
		for (int i = 0; i < count; i++) {
			Element fieldset = pages.get(i);
			Section section = instrument.sections().get(i);
			assertEquals("page-" + section.id(), fieldset.getAttribute("id"));
			assertEquals("hidden", fieldset.getAttribute("hidden"), "only the title page shows before the script runs");
			Element legend = within(fieldset, "legend").get(0);
			assertEquals(section.title().base(), within(legend, "h2").get(0).getTextContent());
			assertEquals("Section " + (i + 1) + " of " + count, within(fieldset, "p", e -> hasClass(e, "progress-text")).get(0).getTextContent());
			Element progress = within(fieldset, "progress").get(0);
			assertEquals(String.valueOf(count), progress.getAttribute("max"));
			assertEquals(String.valueOf(i + 1), progress.getAttribute("value"));
			for (Question question : section.questions()) {
				assertNotNull(XhtmlPage.ancestor(page.byId("q-" + question.variable()), "fieldset"), question.variable());
			}
		}
		assertFalse(page.byId("fw-title-page").hasAttribute("hidden"));
	}

	@Test
	void likertStatementsFormAMatrixWithThePointsAsColumnHeaders() {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		XhtmlPage page = HtmlForms.page(instrument);
		List<Element> matrices = page.all("table", e -> hasClass(e, "matrix"));
		assertEquals(3, matrices.size(), "one matrix per construct");
		List<String> labels = instrument.questions().get(0).scale().choices().stream().map(c -> c.label().base()).toList();
		for (Element matrix : matrices) {
			assertEquals(labels, within(matrix, "th", e -> e.getAttribute("scope").equals("col")).stream().map(Element::getTextContent).toList());
		}
		for (Question question : instrument.questions().subList(0, 10)) {
			Element wording = page.byId("q-" + question.variable());
			assertEquals(question.text().base(), wording.getTextContent());
			Element row = XhtmlPage.ancestor(wording, "tr");
			assertEquals(question.variable(), row.getAttribute("data-name"));
			Element group = within(row, "div", e -> e.getAttribute("role").equals("radiogroup")).get(0);
			assertEquals(wording.getAttribute("id"), group.getAttribute("aria-labelledby"), "the statement names its radio group");
			List<Element> radios = within(group, "input");
			assertEquals(labels.size(), radios.size());
			for (int i = 0; i < radios.size(); i++) {
				Element label = XhtmlPage.ancestor(radios.get(i), "label");
				assertEquals(radios.get(i).getAttribute("id"), label.getAttribute("for"));
				assertEquals(labels.get(i), label.getTextContent().strip(), "each radio is labelled by its point");
			}
		}
	}

	@Test
	void attentionChecksAndReversedItemsLookLikeAnyOtherStatement() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		XhtmlPage page = HtmlForms.page(instrument);
		Element plain = XhtmlPage.ancestor(page.byId("q-HX1"), "tr");
		for (String variable : List.of("ATTN1", "HX2")) {
			Element row = XhtmlPage.ancestor(page.byId("q-" + variable), "tr");
			assertEquals(attributes(plain, "data-name", "data-label"), attributes(row, "data-name", "data-label"), variable);
		}
		String html = HtmlForms.html(instrument).toLowerCase(Locale.ROOT);
		assertFalse(html.contains("attention") || html.contains("revers") || html.contains("expected"), "nothing tells checks or reversed items apart");
	}

	private static Map<String, String> attributes(Element element, String... ignored) {
		Map<String, String> attributes = new TreeMap<>();
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			attributes.put(element.getAttributes().item(i).getNodeName(), element.getAttributes().item(i).getNodeValue());
		}
		List.of(ignored).forEach(attributes::remove);
		return attributes;
	}

	@ParameterizedTest
	@MethodSource("instruments")
	void theJsonDataHoldsTheVariablesAndEveryTextInEveryLanguage(Instrument instrument) {
		JsonObject data = HtmlForms.data(HtmlForms.page(instrument));
		assertEquals(instrument.id(), data.get("id").getAsString());
		assertEquals(instrument.variables(), data.getAsJsonArray("variables").asList().stream().map(v -> v.getAsString()).toList());
		JsonObject texts = data.getAsJsonObject("texts");
		assertEquals(instrument.languages(), List.copyOf(texts.keySet()));
		for (String language : instrument.languages()) {
			JsonObject in = texts.getAsJsonObject(language);
			assertEquals(instrument.title().in(language, instrument.baseLanguage()), in.get("title").getAsString());
			assertEquals(instrument.thanks().in(language, instrument.baseLanguage()), in.get("thanks").getAsString());
			for (Question question : instrument.questions()) {
				assertEquals(question.text().in(language, instrument.baseLanguage()), in.get("question." + question.variable()).getAsString());
			}
			for (Section section : instrument.sections()) {
				assertEquals(section.title().base(), in.get("section." + section.id()).getAsString());
			}
		}
	}

	@Test
	void everyShownTextHasItsKeyInTheData() {
		XhtmlPage page = HtmlForms.page(Frameworks.instrument(Frameworks.hostile()));
		JsonObject english = HtmlForms.data(page).getAsJsonObject("texts").getAsJsonObject("en");
		List<Element> shown = page.all("*", e -> e.hasAttribute("data-text"));
		assertFalse(shown.isEmpty());
		for (Element element : shown) {
			String key = element.getAttribute("data-text");
			assertTrue(english.has(key), key);
			assertEquals(english.get(key).getAsString(), element.getTextContent(), key);
		}
	}

	@Test
	void theLanguagePickerOffersEveryLanguageNamedInItself() {
		XhtmlPage page = HtmlForms.page(Frameworks.instrument(Frameworks.hostile()));
		List<Element> options = within(page.byId("fw-language"), "option");
		assertEquals(List.of("en", "ms", "ar", "zh"), options.stream().map(o -> o.getAttribute("value")).toList());
		assertEquals("English", options.get(0).getTextContent());
		assertEquals("\u0627\u0644\u0639\u0631\u0628\u064a\u0629", options.get(2).getTextContent());
		assertEquals("rtl", options.get(2).getAttribute("dir"));
		assertEquals("selected", options.get(0).getAttribute("selected"));
		assertTrue(HtmlForms.page(Frameworks.instrument(Frameworks.example("sme-alliances.fwk"))).all("select").isEmpty(),
				"no picker for one language");
	}

	@Test
	void aPageInArabicIsWrittenRightToLeft() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		XhtmlPage arabic = HtmlForms.page(instrument, "ar");
		assertEquals("ar", arabic.root().getAttribute("lang"));
		assertEquals("rtl", arabic.root().getAttribute("dir"));
		assertEquals(instrument.questions().get(0).text().in("ar", "en"), arabic.byId("q-HX1").getTextContent());
		assertEquals("ar", HtmlForms.data(arabic).get("language").getAsString());
		assertEquals("en", arabic.byId("fw-next").getAttribute("lang"), "the form's own words are English for now, and say so");
		XhtmlPage english = HtmlForms.page(instrument, "en");
		assertEquals("ltr", english.root().getAttribute("dir"));
		assertThrows(IllegalArgumentException.class, () -> new HtmlFormWriter().write(instrument, "fr"));
	}

	@Test
	void randomisedSectionsMarkTheirRowsForShuffling() {
		Instrument fixed = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		assertTrue(HtmlForms.page(fixed).all("tbody", e -> e.hasAttribute("data-shuffle")).isEmpty());
		Instrument shuffled = InstrumentDesigner.design(Frameworks.example("sme-alliances.fwk"), SurveyOptions.NONE.withRandomizeItems(true));
		assertEquals(3, HtmlForms.page(shuffled).all("tbody", e -> e.getAttribute("data-shuffle").equals("true")).size());
	}

	@Test
	void consentIsARequiredCheckboxOnlyWhenAsked() {
		Instrument asked = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		Element consent = HtmlForms.page(asked).byId("fw-consent");
		assertEquals("checkbox", consent.getAttribute("type"));
		assertEquals("required", consent.getAttribute("required"));
		assertTrue(hasClass((Element) consent.getParentNode(), "question"));
		Instrument notAsked = new Instrument(asked.id(), asked.title(), asked.introduction(), Text.of(""), asked.thanks(), asked.baseLanguage(),
				asked.languages(), asked.sections());
		assertTrue(HtmlForms.page(notAsked).all("input", e -> e.getAttribute("type").equals("checkbox")).isEmpty());
	}

	@Test
	void categoriesAreARadioListInAFieldset() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		XhtmlPage page = HtmlForms.page(instrument);
		Element fieldset = XhtmlPage.ancestor(page.byId("q-SECTOR"), "fieldset");
		assertEquals("SECTOR", fieldset.getAttribute("data-name"));
		Question sector = instrument.questions().stream().filter(q -> q.variable().equals("SECTOR")).findFirst().orElseThrow();
		List<String> labels = within(fieldset, "label").stream().map(Element::getTextContent).toList();
		assertEquals(sector.scale().choices().stream().map(ResponseChoice::label).map(Text::base).toList(), labels);
	}

	@Test
	void theScriptAndStyleAreInlinedAndNothingIsFetched() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		XhtmlPage page = HtmlForms.page(instrument);
		assertTrue(page.all("*", e -> e.hasAttribute("src")).isEmpty(), "no src attribute");
		assertTrue(page.all("link").isEmpty());
		assertTrue(page.all("a").stream().allMatch(a -> a.getAttribute("href").equals("#")));
		assertEquals(2, page.all("script").size(), "the data and the script");
		assertEquals(1, page.all("style").size());
		String html = HtmlForms.html(instrument);
		assertEquals(1, html.split("http", -1).length - 1, "the only address is the XHTML namespace");
		assertFalse(html.contains("@import") || html.contains("url(") || html.contains("fetch(") || html.contains("XMLHttpRequest"));
	}
}
