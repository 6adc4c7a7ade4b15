package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.SurveyOptions;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.VariableNames;
import org.framewright.survey.surveyjs.SurveyJsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The SurveyJS survey, read back as survey-core reads it: texts are plain (compared exactly) except completedHtml,
 * which is HTML (compared after decoding, see {@link Outputs#fromHtml}); a localizable string shows its locale's
 * value, else the "default" one.
 */
class SurveyJsWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void theSurveyHasTheSchemasPropertiesAndAPagePerSection(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		JsonObject survey = survey(instrument);
		for (String property : List.of("title", "description", "locale", "pages", "completedHtml")) {
			assertTrue(survey.has(property), property);
		}
		assertEquals(instrument.baseLanguage(), survey.get("locale").getAsString());
		List<String> pages = new ArrayList<>(List.of("consent"));
		instrument.sections().forEach(s -> pages.add(s.id()));
		assertEquals(pages, survey.getAsJsonArray("pages").asList().stream().map(p -> p.getAsJsonObject().get("name").getAsString()).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void everyVariableIsAMatrixRowOrAQuestionExactlyOnce(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		assertEquals(instrument.variables(), List.copyOf(questions(survey(instrument)).keySet()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void answersAreTheScalesCodesAndLabels(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		Map<String, JsonObject> questions = questions(survey(instrument));
		for (Question question : instrument.questions()) {
			JsonObject element = questions.get(question.variable());
			ResponseScale scale = question.scale();
			switch (question.kind()) {
				case LIKERT, ATTENTION_CHECK -> {
					assertEquals("matrix", element.get("type").getAsString());
					assertEquals(codesAndLabels(scale), codesAndLabels(element, "columns"));
				}
				case CATEGORICAL -> {
					assertEquals("radiogroup", element.get("type").getAsString());
					assertEquals(codesAndLabels(scale), codesAndLabels(element, "choices"));
				}
				case NUMERIC -> {
					assertEquals("text", element.get("type").getAsString());
					assertEquals("number", element.get("inputType").getAsString());
					assertEquals(scale.minimum(), element.has("min") ? element.get("min").getAsDouble() : null);
					assertEquals(scale.maximum(), element.has("max") ? element.get("max").getAsDouble() : null);
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void requiredQuestionsAndTheConsentMustBeAnswered(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		JsonObject survey = survey(instrument);
		for (JsonObject element : elements(survey)) {
			assertTrue(element.get("isRequired").getAsBoolean(), element.get("name").getAsString());
			if (element.get("type").getAsString().equals("matrix")) {
				assertTrue(element.get("isAllRowRequired").getAsBoolean(), element.get("name").getAsString());
			}
		}
		JsonObject consent = elements(survey).get(0);
		assertEquals("checkbox", consent.get("type").getAsString());
		assertEquals(VariableNames.consent(instrument), consent.get("name").getAsString());
		assertEquals(1, consent.getAsJsonArray("choices").size());
		JsonObject agree = consent.getAsJsonArray("choices").get(0).getAsJsonObject();
		assertEquals(SurveyJsWriter.CONSENT_GIVEN, agree.get("value").getAsInt());
		assertEquals(instrument.consent().base(), text(agree.get("text"), null));
	}

	@Test
	void hostileTextsComeBackExactlyInEveryLanguage() {
		Instrument instrument = Frameworks.instrument("hostile.fwk");
		JsonObject survey = survey(instrument);
		Map<String, JsonObject> questions = questions(survey);
		for (String language : instrument.languages()) {
			String locale = language.equals(instrument.baseLanguage()) ? null : SurveyJsWriter.locale(language);
			assertEquals(in(instrument.title(), language, instrument), text(survey.get("title"), locale));
			assertEquals(in(instrument.introduction(), language, instrument), text(survey.get("description"), locale));
			assertEquals(in(instrument.thanks(), language, instrument), Outputs.fromHtml(text(survey.get("completedHtml"), locale)));
			for (Question question : instrument.questions()) {
				JsonObject element = questions.get(question.variable());
				JsonElement wording = element.get("type").getAsString().equals("matrix") ? row(element, question.variable()).get("text") : element.get("title");
				assertEquals(in(question.text(), language, instrument), text(wording, locale), question.variable() + " in " + language);
			}
		}
		JsonObject hx1 = row(questions.get("HX1"), "HX1").getAsJsonObject("text");
		assertEquals(List.of("default", "ms", "ar", "zh-cn"), List.copyOf(hx1.keySet()));
		assertTrue(hx1.get("ar").getAsString().contains("<script>"), "plain text, as written");
	}

	@Test
	void theLanguageToPresentInIsTheLocale() {
		Instrument instrument = Frameworks.instrument("hostile.fwk");
		String text = Outputs.file(new SurveyJsWriter().write(instrument, "zh"), instrument.id() + "-surveyjs.json");
		assertEquals("zh-cn", Outputs.json(text).getAsJsonObject().get("locale").getAsString());
	}

	@Test
	void randomisedSectionsShuffleTheirQuestionsAndMatrixRows() {
		Instrument instrument = InstrumentDesigner.design(Frameworks.example("sme-alliances.fwk"), SurveyOptions.NONE.withRandomizeItems(true));
		JsonObject survey = survey(instrument);
		for (Section section : instrument.sections()) {
			JsonObject page = page(survey, section.id());
			assertEquals(section.randomized(), page.has("questionsOrder"), section.id());
			for (JsonElement element : page.getAsJsonArray("elements")) {
				if (element.getAsJsonObject().get("type").getAsString().equals("matrix")) {
					assertEquals("random", element.getAsJsonObject().get("rowsOrder").getAsString());
				}
			}
		}
		assertFalse(survey(Frameworks.instrument("sme-alliances.fwk")).toString().contains("random"));
	}

	private static JsonObject survey(Instrument instrument) {
		String text = Outputs.file(new SurveyJsWriter().write(instrument, instrument.baseLanguage()), instrument.id() + "-surveyjs.json");
		return Outputs.json(text).getAsJsonObject();
	}

	private static List<JsonObject> elements(JsonObject survey) {
		List<JsonObject> elements = new ArrayList<>();
		survey.getAsJsonArray("pages").forEach(p -> p.getAsJsonObject().getAsJsonArray("elements").forEach(e -> elements.add(e.getAsJsonObject())));
		return elements;
	}

	private static JsonObject page(JsonObject survey, String name) {
		return survey.getAsJsonArray("pages").asList().stream().map(JsonElement::getAsJsonObject).filter(p -> p.get("name").getAsString().equals(name))
				.findFirst().orElseThrow();
	}

	/** The element asking each variable (a matrix for each of its rows), in order; fails on a variable asked twice. */
	private static Map<String, JsonObject> questions(JsonObject survey) {
		Map<String, JsonObject> questions = new LinkedHashMap<>();
		for (JsonObject element : elements(survey)) {
			if (element.get("type").getAsString().equals("checkbox")) {
				continue;
			}
			List<String> variables = element.get("type").getAsString().equals("matrix")
					? element.getAsJsonArray("rows").asList().stream().map(r -> r.getAsJsonObject().get("value").getAsString()).toList()
					: List.of(element.get("name").getAsString());
			for (String variable : variables) {
				assertEquals(null, questions.put(variable, element), variable + " asked once");
			}
		}
		return questions;
	}

	private static JsonObject row(JsonObject matrix, String variable) {
		return matrix.getAsJsonArray("rows").asList().stream().map(JsonElement::getAsJsonObject).filter(r -> r.get("value").getAsString().equals(variable))
				.findFirst().orElseThrow();
	}

	private static List<String> codesAndLabels(ResponseScale scale) {
		return scale.choices().stream().map(c -> c.code() + "=" + c.label().base()).toList();
	}

	private static List<String> codesAndLabels(JsonObject element, String property) {
		return element.getAsJsonArray(property).asList().stream().map(JsonElement::getAsJsonObject)
				.map(c -> c.get("value").getAsInt() + "=" + text(c.get("text"), null)).toList();
	}

	/** What survey-core shows for a localizable string in a locale (null: the default locale). */
	private static String text(JsonElement localizable, String locale) {
		JsonObject values = localizable.getAsJsonObject();
		return (locale != null && values.has(locale) ? values.get(locale) : values.get("default")).getAsString();
	}

	private static String in(Text text, String language, Instrument instrument) {
		return text.in(language, instrument.baseLanguage());
	}
}
