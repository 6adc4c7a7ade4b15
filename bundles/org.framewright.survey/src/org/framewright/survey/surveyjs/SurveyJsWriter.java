package org.framewright.survey.surveyjs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Page;
import org.framewright.survey.design.PageElement;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.VariableNames;
import org.framewright.survey.escape.SurveyHtmlText;
import org.framewright.survey.json.JsonObject;
import org.framewright.survey.json.JsonPrinter;

/**
 * The questionnaire as a SurveyJS survey ({@code <id>-surveyjs.json}), in the JSON schema of survey-core that the
 * SurveyJS Form Library and Survey Creator load ({@code new Model(json)}).
 * <p>
 * The survey's title and description are the title and the introduction; a consent page holds a required checkbox
 * whose one choice (value 1) is the consent statement, its title hidden as SurveyJS advises for consent boxes; then
 * one page per section. Likert statements are {@code matrix} questions (rows: value = variable, text = wording;
 * columns: value = code, text = label), numbers are {@code text} questions with {@code inputType} number and the
 * scale's min and max (the unit as description), categories are {@code radiogroup}s (a categorical control without
 * declared choices is asked as free text). The thanks are the {@code completedHtml}.
 * <p>
 * Every text is a localizable string, {@code {"default": base, "ms": ...}}, with a key for each language the text is
 * translated into; {@code locale} is the language to present in. SurveyJS shows titles, descriptions and choice
 * texts as plain text, so they are written exactly; only {@code completedHtml} is HTML and goes through
 * {@link SurveyHtmlText}. Where the two differ the schema's original property names are used ({@code questionsOrder},
 * {@code rowsOrder}, {@code isAllRowRequired}), which survey-core 2 reads as alternative names of
 * {@code questionOrder}, {@code rowOrder} and {@code eachRowRequired}.
 * <p>
 * What SurveyJS cannot carry: randomisation is per respondent in both, but SurveyJS shuffles a randomised section's
 * elements and each matrix's rows separately, so Likert statements stay in their matrix; the list of languages is not
 * part of the schema (only the translations are); Chinese is written as SurveyJS' {@code zh-cn} (simplified), other
 * languages by their ISO 639-1 code; a text that names one of the survey's variables in braces ({SIZE}) would be
 * piped by SurveyJS' text processing, which has no escape in plain-text properties.
 */
public final class SurveyJsWriter implements InstrumentWriter {

	/** The value of the consent checkbox's one choice. */
	public static final int CONSENT_GIVEN = 1;

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		Strings strings = new Strings(instrument);
		JsonObject survey = new JsonObject().put("title", strings.text(instrument.title()))
				.putIf(!instrument.introduction().base().isBlank(), "description", strings.text(instrument.introduction()))
				.put("locale", locale(language)).put("pages", pages(instrument, strings))
				.put("completedHtml", strings.localized(instrument.thanks(), SurveyHtmlText::escape));
		return List.of(GeneratedFile.text(instrument.id() + "-surveyjs.json", JsonPrinter.print(survey)));
	}

	/** The SurveyJS locale of an ISO 639-1 language: the code itself, but zh-cn for Chinese. */
	public static String locale(String language) {
		return "zh".equals(language) ? "zh-cn" : language;
	}

	private static List<Object> pages(Instrument instrument, Strings strings) {
		List<Object> pages = new ArrayList<>();
		List<Page> sections = Page.of(instrument);
		if (instrument.asksConsent()) {
			List<String> names = sections.stream().map(p -> p.section().id()).toList();
			pages.add(new JsonObject().put("name", VariableNames.unused("consent", names)).put("elements", List.of(consent(instrument, strings))));
		}
		for (Page page : sections) {
			List<Object> elements = new ArrayList<>();
			for (PageElement element : page.elements()) {
				elements.add(element.isMatrix() ? matrix(element, page, strings) : question(element.question(), strings));
			}
			pages.add(new JsonObject().put("name", page.section().id()).put("title", strings.text(page.section().title()))
					.putIf(page.section().randomized(), "questionsOrder", "random").put("elements", elements));
		}
		return pages;
	}

	private static JsonObject consent(Instrument instrument, Strings strings) {
		return new JsonObject().put("type", "checkbox").put("name", VariableNames.consent(instrument)).put("title", strings.text(instrument.consent()))
				.put("titleLocation", "hidden").put("isRequired", true)
				.put("choices", List.of(new JsonObject().put("value", CONSENT_GIVEN).put("text", strings.text(instrument.consent()))));
	}

	private static JsonObject matrix(PageElement element, Page page, Strings strings) {
		boolean required = element.questions().stream().allMatch(Question::required);
		List<Object> rows = new ArrayList<>();
		for (Question statement : element.questions()) {
			rows.add(new JsonObject().put("value", statement.variable()).put("text", strings.text(statement.text())));
		}
		return new JsonObject().put("type", "matrix").put("name", element.name()).put("title", strings.text(page.section().title()))
				.put("titleLocation", "hidden").put("isRequired", required).put("isAllRowRequired", required)
				.putIf(page.section().randomized(), "rowsOrder", "random").put("columns", choices(element.scale(), strings)).put("rows", rows);
	}

	private static JsonObject question(Question question, Strings strings) {
		JsonObject json = new JsonObject();
		ResponseScale scale = question.scale();
		if (question.kind() == QuestionKind.CATEGORICAL && !scale.choices().isEmpty()) {
			json.put("type", "radiogroup");
		} else {
			json.put("type", "text");
		}
		json.put("name", question.variable()).put("title", strings.text(question.text())).put("isRequired", question.required());
		if (question.kind() == QuestionKind.NUMERIC) {
			json.put("inputType", "number").putIf(scale.minimum() != null, "min", scale.minimum()).putIf(scale.maximum() != null, "max", scale.maximum())
					.putIf(scale.unit() != null, "description", strings.text(Text.of(scale.unit())));
		} else if (question.kind() == QuestionKind.CATEGORICAL && !scale.choices().isEmpty()) {
			json.put("choices", choices(scale, strings));
		}
		return json;
	}

	private static List<Object> choices(ResponseScale scale, Strings strings) {
		List<Object> choices = new ArrayList<>();
		for (ResponseChoice choice : scale.choices()) {
			choices.add(new JsonObject().put("value", choice.code()).put("text", strings.text(choice.label())));
		}
		return choices;
	}

	/** Texts as localizable strings in the instrument's languages. */
	private record Strings(Instrument instrument) {

		JsonObject text(Text text) {
			return localized(text, UnaryOperator.identity());
		}

		JsonObject localized(Text text, UnaryOperator<String> format) {
			JsonObject json = new JsonObject().put("default", format.apply(text.base()));
			for (String language : instrument.languages()) {
				if (!language.equals(instrument.baseLanguage()) && text.hasLanguage(language, instrument.baseLanguage())) {
					json.put(locale(language), format.apply(text.in(language, instrument.baseLanguage())));
				}
			}
			return json;
		}
	}
}
