package org.framewright.survey.xlsform;

import java.util.ArrayList;
import java.util.List;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.LanguageNames;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.UniqueNames;

/**
 * The survey sheet: the introduction as a note, consent as an acknowledge question, then each section as a
 * field-list group (one screen) whose Likert statements have the likert appearance. Every text has a column per
 * language (label::Malay (ms)), hints too, so that pyxform adds no unnamed "default" language.
 */
final class SurveySheet {

	private final Instrument instrument;
	private final ChoiceLists lists;
	private final UniqueNames names;
	private final Sheet sheet;

	SurveySheet(Instrument instrument, ChoiceLists lists) {
		this.instrument = instrument;
		this.lists = lists;
		this.names = new UniqueNames(instrument.variables());
		this.sheet = new Sheet("survey", columns(instrument.languages()));
	}

	static List<String> columns(List<String> languages) {
		List<String> columns = new ArrayList<>(List.of("type", "name"));
		languages.forEach(language -> columns.add("label::" + LanguageNames.withCode(language)));
		languages.forEach(language -> columns.add("hint::" + LanguageNames.withCode(language)));
		columns.addAll(List.of("required", "constraint", "appearance"));
		return columns;
	}

	Sheet build() {
		introduction();
		consent();
		instrument.sections().forEach(this::section);
		return sheet;
	}

	private void introduction() {
		if (!instrument.introduction().base().isBlank()) {
			Sheet.Row row = sheet.row().put("type", "note").put("name", names.claim("intro"));
			texts(row, "label", instrument.introduction());
		}
	}

	private void consent() {
		if (instrument.asksConsent()) {
			Sheet.Row row = sheet.row().put("type", "acknowledge").put("name", names.claim("consent")).put("required", "yes");
			texts(row, "label", instrument.consent());
		}
	}

	/** A section: one screen; its items are not shuffled, since XLSForm randomises only the order of choices. */
	private void section(Section section) {
		Sheet.Row begin = sheet.row().put("type", "begin_group").put("name", names.claim(section.id())).put("appearance", "field-list");
		texts(begin, "label", section.title());
		section.questions().forEach(this::question);
		sheet.row().put("type", "end_group");
	}

	private void question(Question question) {
		Sheet.Row row = sheet.row().put("name", question.variable()).put("required", question.required() ? "yes" : "");
		texts(row, "label", question.text());
		ResponseScale scale = question.scale();
		String list = lists.of(scale);
		if (question.kind() == QuestionKind.NUMERIC) {
			row.put("type", scale.wholeNumbers() ? "integer" : "decimal").put("constraint", constraint(scale));
			if (scale.unit() != null) {
				texts(row, "hint", Text.of(scale.unit()));
			}
		} else if (list == null) {
			row.put("type", "text");
		} else {
			row.put("type", "select_one " + list);
			row.put("appearance", question.kind() == QuestionKind.CATEGORICAL ? "" : "likert");
		}
	}

	/** The bounds of a numeric answer as an XLSForm constraint (. is the answer), empty if it has none. */
	private static String constraint(ResponseScale scale) {
		List<String> parts = new ArrayList<>();
		if (scale.minimum() != null) {
			parts.add(". >= " + ResponseScale.number(scale.minimum()));
		}
		if (scale.maximum() != null) {
			parts.add(". <= " + ResponseScale.number(scale.maximum()));
		}
		return String.join(" and ", parts);
	}

	private void texts(Sheet.Row row, String column, Text text) {
		for (String language : instrument.languages()) {
			row.put(column + "::" + LanguageNames.withCode(language), text.in(language, instrument.baseLanguage()));
		}
	}
}
