package org.framewright.survey.redcap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.UniqueNames;
import org.framewright.survey.escape.CsvText;
import org.framewright.survey.escape.RedcapText;

/**
 * The questionnaire as a REDCap data dictionary, {@code <id>-redcap.csv}: one instrument (form) holding the record id,
 * the introduction, consent, then each section with its title as section header; consecutive Likert statements on
 * one scale form a matrix group. REDCap holds one language per project: only the asked one is written.
 * <p>
 * Limits of the format: REDCap shows fields in dictionary order (randomised sections keep their designed order);
 * it pipes [name] in a label, so such text (written here exactly) must be reworded before upload.
 */
public final class RedcapWriter implements InstrumentWriter {

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		return List.of(GeneratedFile.text(instrument.id() + "-redcap.csv", new Dictionary(instrument, language).csv()));
	}

	/** The dictionary of one instrument in one language, built row by row. */
	private static final class Dictionary {

		private final Instrument instrument;
		private final String language;
		private final String form;
		private final Map<String, String> names;
		private final UniqueNames fieldNames;
		private final UniqueNames matrixNames = new UniqueNames(List.of());
		private final List<Map<DictionaryColumn, String>> rows = new ArrayList<>();

		Dictionary(Instrument instrument, String language) {
			this.instrument = instrument;
			this.language = language;
			this.form = RedcapNames.lowerCase(instrument.id());
			this.names = RedcapNames.of(instrument);
			List<String> taken = new ArrayList<>(names.values());
			taken.add(RedcapNames.RECORD_ID);
			this.fieldNames = new UniqueNames(taken);
		}

		String csv() {
			recordId();
			introduction();
			consent();
			instrument.sections().forEach(this::section);
			StringBuilder out = new StringBuilder(CsvText.line(Arrays.stream(DictionaryColumn.values()).map(c -> c.header).toList()));
			for (Map<DictionaryColumn, String> row : rows) {
				out.append(CsvText.line(Arrays.stream(DictionaryColumn.values()).map(c -> row.getOrDefault(c, "")).toList()));
			}
			return out.toString();
		}

		private Map<DictionaryColumn, String> field(String name, String type, String label) {
			Map<DictionaryColumn, String> row = new EnumMap<>(DictionaryColumn.class);
			row.put(DictionaryColumn.VARIABLE, name);
			row.put(DictionaryColumn.FORM, form);
			row.put(DictionaryColumn.FIELD_TYPE, type);
			row.put(DictionaryColumn.FIELD_LABEL, label);
			rows.add(row);
			return row;
		}

		private void recordId() {
			field(RedcapNames.RECORD_ID, "text", "Record ID");
		}

		private void introduction() {
			if (!instrument.introduction().base().isBlank()) {
				field(fieldNames.claim("intro"), "descriptive", in(instrument.introduction()));
			}
		}

		/** Consent as a required yes/no question (REDCap words Yes and No in the respondent's REDCap language). */
		private void consent() {
			if (instrument.asksConsent()) {
				field(fieldNames.claim("consent"), "yesno", in(instrument.consent())).put(DictionaryColumn.REQUIRED, "y");
			}
		}

		private void section(Section section) {
			String matrix = null;
			ResponseScale matrixScale = null;
			for (int i = 0; i < section.questions().size(); i++) {
				Question question = section.questions().get(i);
				Map<DictionaryColumn, String> row = question(question);
				if (i == 0) {
					row.put(DictionaryColumn.SECTION_HEADER, in(section.title()));
				}
				boolean likert = question.kind() == QuestionKind.LIKERT || question.kind() == QuestionKind.ATTENTION_CHECK;
				if (likert && !question.scale().choices().isEmpty()) {
					if (!question.scale().equals(matrixScale)) {
						matrix = matrixNames.claim(RedcapNames.lowerCase(section.id()));
						matrixScale = question.scale();
					}
					row.put(DictionaryColumn.MATRIX_GROUP, matrix);
				} else {
					matrixScale = null;
				}
			}
		}

		private Map<DictionaryColumn, String> question(Question question) {
			ResponseScale scale = question.scale();
			String name = names.get(question.variable());
			Map<DictionaryColumn, String> row;
			if (question.kind() == QuestionKind.NUMERIC) {
				row = field(name, "text", in(question.text()));
				row.put(DictionaryColumn.VALIDATION, scale.wholeNumbers() ? "integer" : "number");
				row.put(DictionaryColumn.VALIDATION_MIN, scale.minimum() == null ? "" : ResponseScale.number(scale.minimum()));
				row.put(DictionaryColumn.VALIDATION_MAX, scale.maximum() == null ? "" : ResponseScale.number(scale.maximum()));
				row.put(DictionaryColumn.FIELD_NOTE, scale.unit() == null ? "" : scale.unit());
			} else if (scale.choices().isEmpty()) {
				row = field(name, "text", in(question.text()));
			} else {
				row = field(name, "radio", in(question.text()));
				row.put(DictionaryColumn.CHOICES, choices(scale));
			}
			row.put(DictionaryColumn.REQUIRED, question.required() ? "y" : "");
			return row;
		}

		/** The choices as REDCap lists them: "1, Strongly disagree | 2, Disagree". */
		private String choices(ResponseScale scale) {
			return String.join(" | ", scale.choices().stream().map(c -> c.code() + ", " + RedcapText.choiceLabel(in(c.label()))).toList());
		}

		private String in(Text text) {
			return text.in(language, instrument.baseLanguage());
		}
	}
}
