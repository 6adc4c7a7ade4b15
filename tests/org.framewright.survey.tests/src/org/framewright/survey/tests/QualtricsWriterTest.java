package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.SurveyOptions;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.VariableNames;
import org.framewright.survey.escape.NumberText;
import org.framewright.survey.qualtrics.QualtricsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The Qualtrics survey file, read back as Qualtrics reads it: blocks in flow order, questions by QID. Question,
 * choice and answer texts are HTML for Qualtrics, compared after decoding (see {@link Outputs#fromHtml}); a
 * language other than the survey's comes from the question's Language payload.
 */
class QualtricsWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void theFileHasTheEntryTheBlocksTheFlowAndTheQuestions(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		JsonObject qsf = qsf(instrument);
		JsonObject entry = qsf.getAsJsonObject("SurveyEntry");
		for (String property : List.of("SurveyID", "SurveyName", "SurveyLanguage")) {
			assertTrue(entry.has(property), property);
		}
		assertEquals(instrument.title().base(), entry.get("SurveyName").getAsString());
		assertEquals(List.of("BL", "FL", "SO", "RS", "QC"), elements(qsf).stream().map(e -> e.get("Element").getAsString()).filter(e -> !e.equals("SQ")).toList());
		List<JsonObject> questions = flowQuestions(qsf);
		assertEquals(elements(qsf).stream().filter(e -> e.get("Element").getAsString().equals("SQ")).count(), questions.size(), "every question in a block");
		assertEquals(String.valueOf(questions.size()), element(qsf, "QC").get("SecondaryAttribute").getAsString());
		assertEquals(instrument.sections().size() + 3, element(qsf, "BL").getAsJsonArray("Payload").size(), "introduction, sections, thanks, trash");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void everyVariableIsADataExportTagExactlyOnce(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		assertEquals(instrument.variables(), List.copyOf(questions(qsf(instrument)).keySet()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void answersAreRecodedToTheScalesCodesWithItsLabels(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		Map<String, JsonObject> questions = questions(qsf(instrument));
		for (Question question : instrument.questions()) {
			JsonObject payload = questions.get(question.variable());
			ResponseScale scale = question.scale();
			switch (question.kind()) {
				case LIKERT, ATTENTION_CHECK -> {
					assertEquals("Matrix", payload.get("QuestionType").getAsString());
					assertEquals(codesAndLabels(scale), codesAndLabels(payload, "AnswerOrder", "Answers"));
				}
				case CATEGORICAL -> {
					assertEquals("MC", payload.get("QuestionType").getAsString());
					assertEquals(codesAndLabels(scale), codesAndLabels(payload, "ChoiceOrder", "Choices"));
				}
				case NUMERIC -> {
					JsonObject settings = payload.getAsJsonObject("Validation").getAsJsonObject("Settings");
					assertEquals("TE", payload.get("QuestionType").getAsString());
					assertEquals("ValidNumber", settings.get("ContentType").getAsString());
					assertEquals(bound(scale.minimum()), settings.getAsJsonObject("ValidNumber").get("Min").getAsString());
					assertEquals(bound(scale.maximum()), settings.getAsJsonObject("ValidNumber").get("Max").getAsString());
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void requiredQuestionsAndTheConsentForceAResponse(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		JsonObject qsf = qsf(instrument);
		for (JsonObject payload : flowQuestions(qsf)) {
			if (!payload.get("QuestionType").getAsString().equals("DB")) {
				assertEquals("ON", payload.getAsJsonObject("Validation").getAsJsonObject("Settings").get("ForceResponse").getAsString(),
						payload.get("DataExportTag").getAsString());
			}
		}
		JsonObject consent = flowQuestions(qsf).get(1);
		assertEquals(VariableNames.consent(instrument), consent.get("DataExportTag").getAsString());
		assertEquals(instrument.consent().base(), Outputs.fromHtml(consent.getAsJsonObject("Choices").getAsJsonObject("1").get("Display").getAsString()));
	}

	@Test
	void hostileTextsComeBackExactlyInEveryLanguage() {
		Instrument instrument = Frameworks.instrument("hostile.fwk");
		JsonObject qsf = qsf(instrument);
		assertEquals(List.of("EN", "MS", "AR", "ZH-S"), List.copyOf(element(qsf, "SO").getAsJsonObject("Payload").getAsJsonObject("AvailableLanguages").keySet()));
		Map<String, JsonObject> questions = questions(qsf);
		for (String language : instrument.languages()) {
			for (Question question : instrument.questions()) {
				JsonObject texts = in(questions.get(question.variable()), language, instrument);
				String wording = texts.has("Answers") ? statement(questions.get(question.variable()), texts, question.variable()) : texts.get("QuestionText").getAsString();
				assertEquals(in(question.text(), language, instrument), Outputs.fromHtml(wording), question.variable() + " in " + language);
			}
			List<JsonObject> flow = flowQuestions(qsf);
			String introduction = in(flow.get(0), language, instrument).get("QuestionText").getAsString();
			int endOfTitle = introduction.indexOf("</h2>");
			assertEquals(in(instrument.title(), language, instrument), Outputs.fromHtml(introduction.substring("<h2>".length(), endOfTitle)));
			assertEquals(in(instrument.introduction(), language, instrument), Outputs.fromHtml(introduction.substring(endOfTitle + "</h2>".length())));
			String thanks = in(flow.get(flow.size() - 1), language, instrument).get("QuestionText").getAsString();
			assertEquals(in(instrument.thanks(), language, instrument), Outputs.fromHtml(thanks));
		}
	}

	@Test
	void theLanguageToPresentInIsTheSurveyLanguage() {
		Instrument instrument = Frameworks.instrument("hostile.fwk");
		JsonObject qsf = Outputs.json(Outputs.file(new QualtricsWriter().write(instrument, "ms"), instrument.id() + ".qsf")).getAsJsonObject();
		assertEquals("MS", qsf.getAsJsonObject("SurveyEntry").get("SurveyLanguage").getAsString());
		JsonObject hx = questions(qsf).get("HX1");
		assertEquals(instrument.questions().get(0).text().in("ms", "en"), Outputs.fromHtml(statement(hx, hx, "HX1")));
		assertEquals(instrument.questions().get(0).text().base(), Outputs.fromHtml(statement(hx, hx.getAsJsonObject("Language").getAsJsonObject("EN"), "HX1")));
	}

	@Test
	void randomisedSectionsShuffleTheirQuestionsAndStatements() {
		Instrument instrument = InstrumentDesigner.design(Frameworks.example("sme-alliances.fwk"), SurveyOptions.NONE.withRandomizeItems(true));
		JsonObject qsf = qsf(instrument);
		for (JsonElement block : element(qsf, "BL").getAsJsonArray("Payload")) {
			String description = block.getAsJsonObject().get("Description").getAsString();
			boolean randomized = instrument.sections().stream().anyMatch(s -> s.randomized() && s.title().base().equals(description));
			JsonObject options = block.getAsJsonObject().getAsJsonObject("Options");
			assertEquals(randomized ? "RandomWithXPerPage" : "false", options == null ? "false" : options.get("RandomizeQuestions").getAsString(), description);
		}
		for (JsonObject payload : questions(qsf).values()) {
			if (payload.get("QuestionType").getAsString().equals("Matrix")) {
				assertEquals("All", payload.getAsJsonObject("Randomization").get("Type").getAsString());
			}
		}
	}

	private static JsonObject qsf(Instrument instrument) {
		return Outputs.json(Outputs.file(new QualtricsWriter().write(instrument, instrument.baseLanguage()), instrument.id() + ".qsf")).getAsJsonObject();
	}

	private static List<JsonObject> elements(JsonObject qsf) {
		return qsf.getAsJsonArray("SurveyElements").asList().stream().map(JsonElement::getAsJsonObject).toList();
	}

	private static JsonObject element(JsonObject qsf, String kind) {
		return elements(qsf).stream().filter(e -> e.get("Element").getAsString().equals(kind)).findFirst().orElseThrow();
	}

	/** The payloads of the questions in the order the flow shows their blocks. */
	private static List<JsonObject> flowQuestions(JsonObject qsf) {
		Map<String, JsonObject> blocks = new LinkedHashMap<>();
		element(qsf, "BL").getAsJsonArray("Payload").forEach(b -> blocks.put(b.getAsJsonObject().get("ID").getAsString(), b.getAsJsonObject()));
		Map<String, JsonObject> payloads = new LinkedHashMap<>();
		elements(qsf).stream().filter(e -> e.get("Element").getAsString().equals("SQ"))
				.forEach(e -> payloads.put(e.get("PrimaryAttribute").getAsString(), e.getAsJsonObject("Payload")));
		List<JsonObject> questions = new ArrayList<>();
		for (JsonElement step : element(qsf, "FL").getAsJsonObject("Payload").getAsJsonArray("Flow")) {
			JsonObject block = blocks.get(step.getAsJsonObject().get("ID").getAsString());
			block.getAsJsonArray("BlockElements").forEach(q -> questions.add(payloads.get(q.getAsJsonObject().get("QuestionID").getAsString())));
		}
		return questions;
	}

	/**
	 * The payload asking each variable, in order: a matrix for each statement's export tag, any other question by its
	 * DataExportTag; descriptive text and the consent are not variables of the model. Fails on a variable asked twice.
	 */
	private static Map<String, JsonObject> questions(JsonObject qsf) {
		Map<String, JsonObject> questions = new LinkedHashMap<>();
		for (JsonObject payload : flowQuestions(qsf)) {
			String type = payload.get("QuestionType").getAsString();
			if (type.equals("DB") || payload.get("Selector").getAsString().equals("MAVR")) {
				continue;
			}
			List<String> variables = type.equals("Matrix") ? payload.getAsJsonArray("ChoiceOrder").asList().stream()
					.map(k -> payload.getAsJsonObject("ChoiceDataExportTags").get(k.getAsString()).getAsString()).toList()
					: List.of(payload.get("DataExportTag").getAsString());
			for (String variable : variables) {
				assertEquals(null, questions.put(variable, payload), variable + " asked once");
			}
		}
		return questions;
	}

	/** A question's texts in a language: its own for the survey language, else its Language payload's. */
	private static JsonObject in(JsonObject payload, String language, Instrument instrument) {
		return language.equals(instrument.baseLanguage()) ? payload : payload.getAsJsonObject("Language").getAsJsonObject(QualtricsWriter.language(language));
	}

	private static String statement(JsonObject matrix, JsonObject texts, String variable) {
		JsonObject tags = matrix.getAsJsonObject("ChoiceDataExportTags");
		String key = tags.keySet().stream().filter(k -> tags.get(k).getAsString().equals(variable)).findFirst().orElseThrow();
		return texts.getAsJsonObject("Choices").getAsJsonObject(key).get("Display").getAsString();
	}

	private static List<String> codesAndLabels(ResponseScale scale) {
		return scale.choices().stream().map(c -> c.code() + "=" + c.label().base()).toList();
	}

	private static List<String> codesAndLabels(JsonObject payload, String order, String texts) {
		return payload.getAsJsonArray(order).asList().stream().map(JsonElement::getAsString)
				.map(k -> payload.getAsJsonObject("RecodeValues").get(k).getAsString() + "="
						+ Outputs.fromHtml(payload.getAsJsonObject(texts).getAsJsonObject(k).get("Display").getAsString()))
				.toList();
	}

	private static String bound(Double value) {
		return value == null ? "" : NumberText.plain(value);
	}

	private static String in(Text text, String language, Instrument instrument) {
		return text.in(language, instrument.baseLanguage());
	}
}
