package org.framewright.survey.qualtrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Page;
import org.framewright.survey.design.PageElement;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.VariableNames;
import org.framewright.survey.escape.NumberText;
import org.framewright.survey.escape.SurveyHtmlText;
import org.framewright.survey.json.JsonObject;
import org.framewright.survey.json.JsonPrinter;

/** The survey elements of one .qsf, filled from the questionnaire in its order (see {@link QualtricsWriter}). */
final class QsfDocument {

	/** Qualtrics' placeholder for a date it has not set. */
	private static final String NO_DATE = "0000-00-00 00:00:00";

	private final Instrument instrument;
	private final List<String> languages = new ArrayList<>();
	private final String surveyId;
	private final Set<String> taken;
	private final List<Object> questions = new ArrayList<>();
	private final List<Object> blocks = new ArrayList<>();
	private final List<Object> flow = new ArrayList<>();

	QsfDocument(Instrument instrument, String language) {
		this.instrument = instrument;
		languages.add(language);
		instrument.languages().stream().filter(l -> !l.equals(language)).forEach(languages::add);
		surveyId = "SV_" + Integer.toHexString(instrument.id().hashCode());
		List<Page> pages = Page.of(instrument);
		taken = VariableNames.taken(instrument);
		pages.forEach(p -> p.elements().forEach(e -> taken.add(e.name())));
		introduction();
		pages.forEach(this::section);
		thanks();
		blocks.add(new JsonObject().put("Type", "Trash").put("Description", "Trash / Unused Questions").put("ID", "BL_trash").put("BlockElements",
				List.of()));
	}

	String json() {
		String main = QualtricsWriter.language(languages.get(0));
		JsonObject entry = new JsonObject().put("SurveyID", surveyId).put("SurveyName", instrument.title().in(languages.get(0), base()))
				.put("SurveyDescription", null).put("SurveyOwnerID", "").put("SurveyBrandID", "").put("DivisionID", null).put("SurveyLanguage", main)
				.put("SurveyActiveResponseSet", "RS_1").put("SurveyStatus", "Inactive").put("SurveyStartDate", NO_DATE)
				.put("SurveyExpirationDate", NO_DATE).put("SurveyCreationDate", NO_DATE).put("CreatorID", "").put("LastModified", NO_DATE)
				.put("LastAccessed", NO_DATE).put("LastActivated", NO_DATE).put("Deleted", null);
		List<Object> elements = new ArrayList<>();
		elements.add(element("BL", "Survey Blocks", null, blocks));
		elements.add(element("FL", "Survey Flow", null,
				new JsonObject().put("Type", "Root").put("FlowID", "FL_1").put("Flow", flow).put("Properties", new JsonObject().put("Count", flow.size() + 1))));
		elements.add(element("SO", "Survey Options", null, options(main)));
		elements.add(element("RS", "RS_1", "Default Response Set", null));
		elements.add(element("QC", "Survey Question Count", String.valueOf(questions.size()), null));
		elements.addAll(questions);
		return JsonPrinter.print(new JsonObject().put("SurveyEntry", entry).put("SurveyElements", elements));
	}

	private JsonObject options(String main) {
		JsonObject available = new JsonObject();
		languages.forEach(l -> available.put(QualtricsWriter.language(l), List.of()));
		return new JsonObject().put("BackButton", "true").put("SaveAndContinue", "true").put("SurveyProtection", "PublicSurvey")
				.put("BallotBoxStuffingPrevention", "false").put("NoIndex", "Yes").put("SecureResponseFiles", "true").put("SurveyExpiration", "None")
				.put("SurveyTermination", "DefaultMessage").put("Header", "").put("Footer", "").put("ProgressBarDisplay", "None")
				.put("PartialData", "+1 week").put("ValidationMessage", "").put("SurveyTitle", instrument.title().in(languages.get(0), base()))
				.put("SurveyLanguage", main).put("AvailableLanguages", available);
	}

	private JsonObject element(String kind, String primary, String secondary, Object payload) {
		return new JsonObject().put("SurveyID", surveyId).put("Element", kind).put("PrimaryAttribute", primary).put("SecondaryAttribute", secondary)
				.put("TertiaryAttribute", null).put("Payload", payload);
	}

	private void introduction() {
		List<String> block = new ArrayList<>();
		Function<String, String> text = l -> "<h2>" + html(instrument.title(), l) + "</h2>" + html(instrument.introduction(), l);
		question(block, VariableNames.unused("INTRO", taken), "DB", "TB", null, new Texts(text, List.of(), List.of()), null);
		if (instrument.asksConsent()) {
			JsonObject consent = question(block, VariableNames.consent(instrument), "MC", "MAVR", "TX",
					new Texts(l -> "", List.of(instrument.consent()), List.of()), validation(true));
			consent.put("RecodeValues", new JsonObject().put("1", "1"));
		}
		block("Default", "Introduction", block, false);
	}

	private void section(Page page) {
		List<String> block = new ArrayList<>();
		boolean randomized = page.section().randomized();
		for (PageElement element : page.elements()) {
			if (element.isMatrix()) {
				matrix(block, element, page, randomized);
			} else {
				question(block, element.question());
			}
		}
		block("Standard", page.section().title().base(), block, randomized);
	}

	private void matrix(List<String> block, PageElement element, Page page, boolean randomized) {
		boolean required = element.questions().stream().allMatch(Question::required);
		List<Text> statements = element.questions().stream().map(Question::text).toList();
		List<Text> points = element.scale().choices().stream().map(ResponseChoice::label).toList();
		JsonObject matrix = question(block, element.name(), "Matrix", "Likert", "SingleAnswer",
				new Texts(l -> html(page.section().title(), l), statements, points), validation(required));
		JsonObject exportTags = new JsonObject();
		for (int i = 0; i < element.questions().size(); i++) {
			exportTags.put(String.valueOf(i + 1), element.questions().get(i).variable());
		}
		matrix.put("AnswerOrder", keys(points.size())).put("ChoiceDataExportTags", exportTags).put("RecodeValues", recodes(element.scale()));
		if (randomized) {
			matrix.put("Randomization", new JsonObject().put("Advanced", null).put("TotalRandSubset", "").put("Type", "All"));
		}
	}

	private void question(List<String> block, Question question) {
		ResponseScale scale = question.scale();
		Texts texts = new Texts(l -> html(question.text(), l), List.of(), List.of());
		if (question.kind() == QuestionKind.CATEGORICAL && !scale.choices().isEmpty()) {
			List<Text> labels = scale.choices().stream().map(ResponseChoice::label).toList();
			question(block, question.variable(), "MC", "SAVR", "TX", new Texts(texts.question(), labels, List.of()), validation(question.required()))
					.put("RecodeValues", recodes(scale));
		} else if (question.kind() == QuestionKind.NUMERIC) {
			JsonObject settings = settings(question.required()).put("Type", "ContentType").put("ContentType", "ValidNumber").put("ValidNumber",
					new JsonObject().put("Min", bound(scale.minimum())).put("Max", bound(scale.maximum())).put("NumDecimals", ""));
			question(block, question.variable(), "TE", "SL", null, texts, new JsonObject().put("Settings", settings));
		} else {
			question(block, question.variable(), "TE", "SL", null, texts, validation(question.required()));
		}
	}

	private void thanks() {
		List<String> block = new ArrayList<>();
		question(block, VariableNames.unused("THANKS", taken), "DB", "TB", null, new Texts(l -> html(instrument.thanks(), l), List.of(), List.of()),
				null);
		block("Standard", "Thanks", block, false);
	}

	/** Adds an SQ element to the block and returns its payload for the type's own properties. */
	private JsonObject question(List<String> block, String tag, String type, String selector, String subSelector, Texts texts, JsonObject validation) {
		String qid = "QID" + (questions.size() + 1);
		JsonObject payload = localized(texts, languages.get(0)).put("DataExportTag", tag).put("QuestionType", type).put("Selector", selector)
				.putIf(subSelector != null, "SubSelector", subSelector).put("Configuration", new JsonObject().put("QuestionDescriptionOption", "UseText"))
				.put("QuestionDescription", tag).put("ChoiceOrder", keys(texts.choices().size()))
				.put("Validation", validation != null ? validation : new JsonObject().put("Settings", new JsonObject().put("Type", "None")))
				.put("Language", translations(texts)).put("NextChoiceId", texts.choices().size() + 1).put("NextAnswerId", texts.answers().size() + 1)
				.put("QuestionID", qid);
		questions.add(element("SQ", qid, tag, payload));
		block.add(qid);
		return payload;
	}

	/** Qualtrics writes an empty list where a question has no other language. */
	private Object translations(Texts texts) {
		if (languages.size() == 1) {
			return List.of();
		}
		JsonObject translations = new JsonObject();
		languages.subList(1, languages.size()).forEach(l -> translations.put(QualtricsWriter.language(l), localized(texts, l)));
		return translations;
	}

	private void block(String type, String description, List<String> questionIds, boolean randomized) {
		String id = "BL_" + (blocks.size() + 1);
		List<Object> elements = new ArrayList<>();
		questionIds.forEach(q -> elements.add(new JsonObject().put("Type", "Question").put("QuestionID", q)));
		JsonObject options = new JsonObject().put("BlockLocking", "false").put("RandomizeQuestions", randomized ? "RandomWithXPerPage" : "false");
		if (randomized) {
			options.put("Randomization", new JsonObject().put("Advanced", new JsonObject().put("QuestionsPerPage", questionIds.size())));
		}
		blocks.add(new JsonObject().put("Type", type).putIf(!type.equals("Default"), "SubType", "").put("Description", description).put("ID", id)
				.put("BlockElements", elements).put("Options", options));
		flow.add(new JsonObject().put("Type", type.equals("Default") ? "Block" : "Standard").put("ID", id).put("FlowID", "FL_" + (flow.size() + 2)));
	}

	private static JsonObject validation(boolean required) {
		return new JsonObject().put("Settings", settings(required).put("Type", "None"));
	}

	private static JsonObject settings(boolean required) {
		return new JsonObject().put("ForceResponse", required ? "ON" : "OFF").put("ForceResponseType", "ON");
	}

	private static JsonObject recodes(ResponseScale scale) {
		JsonObject recodes = new JsonObject();
		for (int i = 0; i < scale.choices().size(); i++) {
			recodes.put(String.valueOf(i + 1), String.valueOf(scale.choices().get(i).code()));
		}
		return recodes;
	}

	private static List<Object> keys(int count) {
		List<Object> keys = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			keys.add(String.valueOf(i));
		}
		return keys;
	}

	private static String bound(Double value) {
		return value == null ? "" : NumberText.plain(value);
	}

	private String base() {
		return instrument.baseLanguage();
	}

	private String html(Text text, String language) {
		return SurveyHtmlText.escape(text.in(language, base()));
	}

	/**
	 * A question's texts in any language: the question text (HTML), the choices (statements of a matrix) and the
	 * answers (a matrix's scale points), keyed 1, 2, ... in order.
	 */
	private record Texts(Function<String, String> question, List<Text> choices, List<Text> answers) {
	}

	/** The texts in a language: QuestionText, and Choices and Answers where the question has them. */
	private JsonObject localized(Texts texts, String language) {
		JsonObject json = new JsonObject().put("QuestionText", texts.question().apply(language));
		json.putIf(!texts.choices().isEmpty(), "Choices", displays(texts.choices(), language));
		return json.putIf(!texts.answers().isEmpty(), "Answers", displays(texts.answers(), language));
	}

	private JsonObject displays(List<Text> texts, String language) {
		JsonObject displays = new JsonObject();
		for (int i = 0; i < texts.size(); i++) {
			displays.put(String.valueOf(i + 1), new JsonObject().put("Display", html(texts.get(i), language)));
		}
		return displays;
	}
}
