package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.SurveyOptions;
import org.framewright.survey.design.Text;
import org.framewright.survey.limesurvey.LimeSurveyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The LimeSurvey structure file, read back as LimeSurvey's import reads it: each table's rows by field name. Every
 * text is HTML for LimeSurvey, compared after XML parsing and decoding (see {@link Outputs#fromHtml}).
 */
class LimeSurveyWriterTest {

	private static final List<String> TABLES = List.of("answers", "answer_l10ns", "groups", "group_l10ns", "questions", "subquestions",
			"question_l10ns", "surveys", "surveys_languagesettings");

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void theFileHasTheStructureOfDbVersion450(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		Document lss = lss(instrument);
		assertEquals("document", lss.getDocumentElement().getTagName());
		assertEquals("Survey", child(lss.getDocumentElement(), "LimeSurveyDocType").getTextContent());
		assertEquals("450", child(lss.getDocumentElement(), "DBVersion").getTextContent());
		for (String table : TABLES) {
			assertTrue(!rows(lss, table).isEmpty(), table);
		}
		Map<String, String> survey = rows(lss, "surveys").get(0);
		List<String> languages = languages(lss);
		assertEquals(languages.get(0), survey.get("language"));
		assertEquals(String.join(" ", languages.subList(1, languages.size())), survey.get("additional_languages"));
		assertEquals(instrument.languages().stream().map(LimeSurveyWriter::language).toList(), languages);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void everyVariableIsAQuestionOrSubquestionCodeExactlyOnce(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		Document lss = lss(instrument);
		assertEquals(instrument.variables(), List.copyOf(questions(lss).keySet()));
		Set<String> codes = new HashSet<>();
		for (String table : List.of("questions", "subquestions")) {
			for (Map<String, String> question : rows(lss, table)) {
				assertTrue(question.get("title").matches("[A-Za-z][A-Za-z0-9]{0,19}"), question.get("title"));
				assertTrue(codes.add(question.get("title").toLowerCase(Locale.ROOT)), "unique: " + question.get("title"));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void answerOptionsAreTheScalesCodesAndLabelsInEveryLanguage(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		Document lss = lss(instrument);
		Map<String, Map<String, String>> questions = questions(lss);
		for (Question question : instrument.questions()) {
			Map<String, String> asked = questions.get(question.variable());
			boolean likert = question.kind() == QuestionKind.LIKERT || question.kind() == QuestionKind.ATTENTION_CHECK;
			String expectedType = likert ? "F" : question.kind() == QuestionKind.NUMERIC ? "N" : "L";
			Map<String, String> parent = likert ? row(lss, "questions", "qid", asked.get("parent_qid")) : asked;
			assertEquals(expectedType, parent.get("type"), question.variable());
			List<Map<String, String>> answers = rows(lss, "answers").stream().filter(a -> a.get("qid").equals(parent.get("qid"))).toList();
			assertEquals(question.scale().choices().stream().map(c -> String.valueOf(c.code())).toList(), answers.stream().map(a -> a.get("code")).toList());
			assertEquals(question.scale().choices().stream().map(c -> String.valueOf(c.code())).toList(),
					answers.stream().map(a -> a.get("assessment_value")).toList());
			for (int i = 0; i < answers.size(); i++) {
				assertEquals(everyLanguage(question.scale().choices().get(i).label(), instrument), texts(lss, "answer_l10ns", "aid", answers.get(i).get("aid"), "answer"));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void everyQuestionAndTheConsentAreMandatory(String framework) {
		Instrument instrument = Frameworks.instrument(framework);
		Document lss = lss(instrument);
		for (Map<String, String> question : rows(lss, "questions")) {
			assertEquals("Y", question.get("mandatory"), question.get("title"));
		}
		Map<String, String> consent = rows(lss, "questions").get(0);
		assertEquals("M", consent.get("type"));
		assertEquals("CONSENT", consent.get("title"));
		Map<String, String> agree = row(lss, "subquestions", "parent_qid", consent.get("qid"));
		assertEquals(everyLanguage(instrument.consent(), instrument), texts(lss, "question_l10ns", "qid", agree.get("qid"), "question"));
	}

	@Test
	void hostileTextsComeBackExactlyInEveryLanguage() {
		Instrument instrument = Frameworks.instrument("hostile.fwk");
		Document lss = lss(instrument);
		assertEquals(List.of("en", "ms", "ar", "zh-Hans"), languages(lss));
		Map<String, Map<String, String>> questions = questions(lss);
		for (Question question : instrument.questions()) {
			assertEquals(everyLanguage(question.text(), instrument), texts(lss, "question_l10ns", "qid", questions.get(question.variable()).get("qid"), "question"),
					question.variable());
		}
		for (Map<String, String> settings : rows(lss, "surveys_languagesettings")) {
			String language = iso(settings.get("surveyls_language"), instrument);
			assertEquals(instrument.title().in(language, "en"), Outputs.fromHtml(settings.get("surveyls_title")));
			assertEquals(instrument.introduction().base(), Outputs.fromHtml(settings.get("surveyls_welcometext")));
			assertEquals(instrument.thanks().base(), Outputs.fromHtml(settings.get("surveyls_endtext")));
		}
		List<String> groupNames = rows(lss, "group_l10ns").stream().filter(g -> g.get("language").equals("en")).map(g -> Outputs.fromHtml(g.get("group_name")))
				.toList();
		List<String> expected = new ArrayList<>(List.of(instrument.title().base()));
		instrument.sections().forEach(s -> expected.add(s.title().base()));
		assertEquals(expected, groupNames);
	}

	@Test
	void theLanguageToPresentInIsTheBaseLanguage() {
		Instrument instrument = Frameworks.instrument("hostile.fwk");
		Document lss = Outputs.xml(Outputs.file(new LimeSurveyWriter().write(instrument, "ms"), instrument.id() + ".lss"));
		assertEquals(List.of("ms", "en", "ar", "zh-Hans"), languages(lss));
		assertEquals("ms", rows(lss, "surveys").get(0).get("language"));
		assertEquals("en ar zh-Hans", rows(lss, "surveys").get(0).get("additional_languages"));
	}

	@Test
	void namesLimeSurveyWouldRefuseAreMappedToValidUniqueCodes() {
		Instrument instrument = Frameworks.instrument(Frameworks.parse("codes.fwk", """
				framework Codes "Codes"
				scale Agree5 likert 5 labels "1" "2" "3" "4" "5"
				construct MO_X "Names" reflective scale Agree5 {
				    item MO_1 "a"
				    item MO1 "b"
				    item _2x "c"
				    item AVeryLongItemNameThatExceedsTwentyCharacters "d"
				    item AVeryLongItemNameThatExceedsTwentyCharactersToo "e"
				}
				"""));
		Document lss = lss(instrument);
		assertEquals(List.of("MO12", "MO1", "Q2x", "AVeryLongItemNameTha", "AVeryLongItemNameTh2"), List.copyOf(questions(lss).keySet()),
				"valid names kept, others stripped to letters and digits, a Q before a digit, cut to 20, numbered when taken");
		assertEquals("MOX", rows(lss, "questions").get(1).get("title"));
		assertEquals(lss(instrument).getDocumentElement().getTextContent(), lss.getDocumentElement().getTextContent(), "deterministic");
	}

	@Test
	void randomisedSectionsShuffleTheirQuestionsAndSubquestions() {
		Instrument instrument = InstrumentDesigner.design(Frameworks.example("sme-alliances.fwk"), SurveyOptions.NONE.withRandomizeItems(true));
		Document lss = lss(instrument);
		List<Map<String, String>> attributes = rows(lss, "question_attributes");
		for (Map<String, String> question : rows(lss, "questions")) {
			Section section = instrument.sections().stream().filter(s -> groupOf(lss, question, instrument).equals(s.title().base())).findFirst().orElse(null);
			boolean randomized = section != null && section.randomized();
			assertEquals(randomized, attributes.stream().anyMatch(a -> a.get("qid").equals(question.get("qid")) && a.get("attribute").equals("random_group")),
					question.get("title"));
			if (question.get("type").equals("F")) {
				assertEquals(randomized, attributes.stream()
						.anyMatch(a -> a.get("qid").equals(question.get("qid")) && a.get("attribute").equals("random_order") && a.get("value").equals("1")));
			}
		}
	}

	private static Document lss(Instrument instrument) {
		return Outputs.xml(Outputs.file(new LimeSurveyWriter().write(instrument, instrument.baseLanguage()), instrument.id() + ".lss"));
	}

	private static Element child(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				return element;
			}
		}
		return null;
	}

	private static List<String> languages(Document lss) {
		List<String> languages = new ArrayList<>();
		for (Node node = child(lss.getDocumentElement(), "languages").getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element language) {
				languages.add(language.getTextContent());
			}
		}
		return languages;
	}

	/** The rows of a table by field name; every field of a row is one of the table's fieldnames. */
	private static List<Map<String, String>> rows(Document lss, String table) {
		Element element = child(lss.getDocumentElement(), table);
		List<Map<String, String>> rows = new ArrayList<>();
		if (element == null) {
			return rows;
		}
		Set<String> fields = new HashSet<>();
		for (Node node = child(element, "fields").getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element field) {
				fields.add(field.getTextContent());
			}
		}
		for (Node node = child(element, "rows").getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element row) {
				Map<String, String> values = new LinkedHashMap<>();
				for (Node value = row.getFirstChild(); value != null; value = value.getNextSibling()) {
					if (value instanceof Element field) {
						assertTrue(fields.contains(field.getTagName()), table + " has the field " + field.getTagName());
						values.put(field.getTagName(), field.getTextContent());
					}
				}
				rows.add(values);
			}
		}
		return rows;
	}

	private static Map<String, String> row(Document lss, String table, String field, String value) {
		return rows(lss, table).stream().filter(r -> r.get(field).equals(value)).findFirst().orElseThrow(() -> new AssertionError(table + "." + field + "=" + value));
	}

	/**
	 * The row asking each variable, in order: a question's own, or an array's subquestion; the consent question
	 * (type M) is not a variable of the model. Fails on a variable asked twice.
	 */
	private static Map<String, Map<String, String>> questions(Document lss) {
		Map<String, Map<String, String>> questions = new LinkedHashMap<>();
		for (Map<String, String> question : rows(lss, "questions")) {
			List<Map<String, String>> asking = switch (question.get("type")) {
				case "M" -> List.of();
				case "F" -> rows(lss, "subquestions").stream().filter(s -> s.get("parent_qid").equals(question.get("qid"))).toList();
				default -> List.of(question);
			};
			for (Map<String, String> row : asking) {
				assertEquals(null, questions.put(row.get("title"), row), row.get("title") + " asked once");
			}
		}
		return questions;
	}

	/** The texts of a row in every language, read as LimeSurvey shows them. */
	private static Map<String, String> texts(Document lss, String table, String key, String id, String field) {
		Map<String, String> texts = new LinkedHashMap<>();
		rows(lss, table).stream().filter(r -> r.get(key).equals(id)).forEach(r -> texts.put(r.get("language"), Outputs.fromHtml(r.get(field))));
		return texts;
	}

	/** The text in every language of the instrument, by LimeSurvey's language code. */
	private static Map<String, String> everyLanguage(Text text, Instrument instrument) {
		Map<String, String> texts = new LinkedHashMap<>();
		instrument.languages().forEach(l -> texts.put(LimeSurveyWriter.language(l), text.in(l, instrument.baseLanguage())));
		return texts;
	}

	private static String iso(String limeSurveyLanguage, Instrument instrument) {
		return instrument.languages().stream().filter(l -> LimeSurveyWriter.language(l).equals(limeSurveyLanguage)).findFirst().orElseThrow();
	}

	private static String groupOf(Document lss, Map<String, String> question, Instrument instrument) {
		return rows(lss, "group_l10ns").stream().filter(g -> g.get("gid").equals(question.get("gid")) && g.get("language").equals(instrument.baseLanguage()))
				.map(g -> Outputs.fromHtml(g.get("group_name"))).findFirst().orElseThrow();
	}
}
