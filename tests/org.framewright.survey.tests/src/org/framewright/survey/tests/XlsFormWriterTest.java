package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.xlsform.XlsFormWriter;
import org.junit.jupiter.api.Test;

/** The XLSForm workbook, read back from its OOXML parts. */
class XlsFormWriterTest {

	private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-22T12:34:00Z"), ZoneOffset.UTC);
	private static final Set<String> NOT_QUESTIONS = Set.of("note", "acknowledge", "begin_group", "end_group");

	private static Map<String, List<List<String>>> workbook(Instrument instrument, String language) {
		List<GeneratedFile> files = new XlsFormWriter(NOON).write(instrument, language);
		assertEquals(List.of(instrument.id() + "-xlsform.xlsx"), files.stream().map(GeneratedFile::relativePath).toList());
		return Xlsx.read(files.get(0).content());
	}

	/** The names of the survey rows that collect data, in order. */
	private static List<String> questionNames(Table survey) {
		return survey.records().stream().filter(r -> !NOT_QUESTIONS.contains(r.get("type"))).map(r -> r.get("name")).toList();
	}

	@Test
	void theExampleHasTheSheetsColumnsAndSettingsOfAnXlsForm() {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		Map<String, List<List<String>>> sheets = workbook(instrument, "en");
		assertEquals(List.of("survey", "choices", "settings"), List.copyOf(sheets.keySet()));
		Table survey = Table.of(sheets.get("survey"));
		assertTrue(survey.header().containsAll(List.of("type", "name", "label::English (en)", "hint::English (en)", "required", "constraint", "appearance")));
		assertEquals(List.of("list_name", "name", "label::English (en)"), Table.of(sheets.get("choices")).header());
		Map<String, String> settings = Table.of(sheets.get("settings")).records().get(0);
		assertEquals(Map.of("form_title", "Market orientation, alliances and international performance of SMEs", "form_id", "SmeAlliances",
				"version", "2611221234", "default_language", "English (en)"), settings);
	}

	@Test
	void theExampleAsksItsVariablesInOrderInLikertFieldListGroups() {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		Table survey = Table.of(workbook(instrument, "en").get("survey"));
		assertEquals(instrument.variables(), questionNames(survey));
		assertEquals(List.of("note", "acknowledge", "begin_group"), survey.column("type").subList(0, 3));
		Map<String, String> mo = survey.row("name", "MO");
		assertEquals(List.of("begin_group", "field-list", "Market orientation"), List.of(mo.get("type"), mo.get("appearance"), mo.get("label::English (en)")));
		Map<String, String> mo4 = survey.row("name", "MO4");
		assertEquals(List.of("select_one Agree5", "likert", "yes"), List.of(mo4.get("type"), mo4.get("appearance"), mo4.get("required")));
		assertEquals("decimal", survey.row("name", "SIZE").get("type"));
		long begins = survey.column("type").stream().filter("begin_group"::equals).count();
		assertEquals(begins, survey.column("type").stream().filter("end_group"::equals).count());
		assertEquals(instrument.sections().size(), begins);
		Table choices = Table.of(workbook(instrument, "en").get("choices"));
		assertEquals(List.of("1", "2", "3", "4", "5"), choices.column("name"));
		assertEquals(List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"), choices.column("label::English (en)"));
	}

	@Test
	void hostileTextsSurviveInEveryLanguage() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		Map<String, List<List<String>>> sheets = workbook(instrument, "ms");
		Table survey = Table.of(sheets.get("survey"));
		assertEquals(instrument.variables(), questionNames(survey));
		for (String language : instrument.languages()) {
			String column = "label::" + LanguageColumns.name(language);
			for (Question question : instrument.questions()) {
				assertEquals(question.text().in(language, "en"), survey.row("name", question.variable()).get(column), question.variable() + " " + language);
			}
			for (Section section : instrument.sections()) {
				assertEquals(section.title().base(), survey.row("name", section.id()).get(column));
			}
			assertEquals(instrument.introduction().base(), survey.row("type", "note").get(column));
			assertEquals(instrument.consent().base(), survey.row("type", "acknowledge").get(column));
		}
		assertEquals("\u0642\u0627\u0644 \"\u0646\u0639\u0645\" \u0648\u0642\u0627\u0644\u062a '\u0644\u0627' <script>", survey.row("name", "HX1").get("label::Arabic (ar)"));
		assertEquals("First line\nsecond line\ttabbed, with, commas", survey.row("name", "HX2").get("label::Chinese (zh)"));
		assertEquals("Malay (ms)", Table.of(sheets.get("settings")).records().get(0).get("default_language"));
		assertEquals("Survey \"title\" <with> & ${markup}", Table.of(sheets.get("settings")).records().get(0).get("form_title"));
	}

	@Test
	void hostileChoicesAndNumbersKeepTheirListsAndBounds() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		Map<String, List<List<String>>> sheets = workbook(instrument, "en");
		Table survey = Table.of(sheets.get("survey"));
		Map<String, String> staff = survey.row("name", "STAFF");
		assertEquals(List.of("integer", ". >= 1 and . <= 100000", "people"), List.of(staff.get("type"), staff.get("constraint"), staff.get("hint::Malay (ms)")));
		assertEquals(List.of("select_one Sector", ""), List.of(survey.row("name", "SECTOR").get("type"), survey.row("name", "SECTOR").get("appearance")));
		assertEquals("select_one Agree5", survey.row("name", "ATTN1").get("type"));
		Table choices = Table.of(sheets.get("choices"));
		List<String> expected = new ArrayList<>();
		for (ResponseScale scale : instrument.scales()) {
			scale.choices().stream().map(ResponseChoice::label).forEach(label -> expected.add(label.base()));
		}
		assertEquals(expected, choices.column("label::Chinese (zh)"));
		assertTrue(expected.contains("Strongly agree ${x}") && expected.contains("Manufacturing & <industry>"), expected.toString());
	}

	@Test
	void spreadsheetEscapesAreWrittenSoTheyReadBackLiterally() {
		Instrument instrument = Frameworks.instrument(Frameworks.parse("escapes.fwk", """
				framework Escapes "Escapes _x0041_"
				construct E "E" reflective {
				    item E1 "Literal _x0041_ and _x005F_ and _x12_ stay as written."
				    item E2 "Second"
				    item E3 "Third"
				}
				"""));
		Table survey = Table.of(workbook(instrument, "en").get("survey"));
		assertEquals("Literal _x0041_ and _x005F_ and _x12_ stay as written.", survey.row("name", "E1").get("label::English (en)"));
	}
}
