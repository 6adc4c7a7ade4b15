package org.framewright.survey.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.redcap.RedcapNames;

/**
 * One variable of the codebook: a question with its section and REDCap name, and the descriptions every codebook
 * file shows the same way. The entries are the instrument's questions in order, so the codebook's variables are
 * exactly {@link Instrument#variables()}.
 *
 * @param question   the question
 * @param section    the section it is asked in
 * @param redcapName its name in the REDCap data dictionary
 */
record CodebookEntry(Question question, Section section, String redcapName) {

	static List<CodebookEntry> of(Instrument instrument) {
		Map<String, String> redcap = RedcapNames.of(instrument);
		List<CodebookEntry> entries = new ArrayList<>();
		for (Section section : instrument.sections()) {
			for (Question question : section.questions()) {
				entries.add(new CodebookEntry(question, section, redcap.get(question.variable())));
			}
		}
		return entries;
	}

	String variable() {
		return question.variable();
	}

	/** The codes and their labels in the base language: "1=Strongly disagree; 2=Disagree"; empty for a number. */
	String valueLabels() {
		return String.join("; ", question.scale().choices().stream().map(c -> c.code() + "=" + c.label().base()).toList());
	}

	/** The allowed numbers and unit of a numeric answer ("1..100000 people"); empty for choices. */
	String range() {
		ResponseScale scale = question.scale();
		if (question.kind() != QuestionKind.NUMERIC) {
			return "";
		}
		String from = scale.minimum() == null ? "" : ResponseScale.number(scale.minimum());
		String to = scale.maximum() == null ? "" : ResponseScale.number(scale.maximum());
		String range = from.isEmpty() && to.isEmpty() ? "any number" : from + ".." + to;
		return scale.unit() == null ? range : range + " " + scale.unit();
	}

	/** The scale as one line: its name, then its value labels or range. */
	String scaleDescription() {
		String detail = question.kind() == QuestionKind.NUMERIC ? range() : valueLabels();
		return detail.isEmpty() ? question.scale().name() : question.scale().name() + ": " + detail;
	}

	/** How the question is asked, in words: likert, numeric, categorical, attention check. */
	String kind() {
		return question.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** The code an attentive respondent chooses, for an attention check; otherwise empty. */
	String expectedAnswer() {
		return question.expectedAnswer() == null ? "" : String.valueOf(question.expectedAnswer());
	}

	static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
