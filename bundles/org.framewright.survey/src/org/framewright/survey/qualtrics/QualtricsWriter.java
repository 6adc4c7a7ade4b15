package org.framewright.survey.qualtrics;

import java.util.List;
import java.util.Locale;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;

/**
 * The questionnaire as a Qualtrics survey file ({@code <id>.qsf}) for Import Survey: the JSON Qualtrics exports, a
 * {@code SurveyEntry} and {@code SurveyElements} with the blocks (BL), the flow (FL), the survey options (SO), the
 * question count (QC) and one SQ element per question.
 * <p>
 * An introduction block shows the title and introduction (descriptive text) and the consent question (a
 * multiple-answer question with one choice, the consent statement, that must be answered); each section is a block
 * on its own page; a last block shows the thanks. Likert statements are Matrix/Likert questions whose statements are
 * the items: the statements' export tags (ChoiceDataExportTags) are the variable names, the scale points are the
 * answers, and their recode values are the scale's codes. Categories are single-answer multiple-choice questions
 * (MC/SAVR) recoded to the scale's codes; numbers are single-line text entries validated as numbers within the
 * scale's min and max; a categorical control without declared choices is free text. Every other question's
 * DataExportTag is its variable name; a matrix is tagged with its name ({@link org.framewright.survey.design.Page}).
 * Required questions force a response.
 * <p>
 * The language to present in is the survey language; every other language is carried in each question's
 * {@code Language} payload and listed in the options' AvailableLanguages. Qualtrics' codes are the ISO 639-1 codes in
 * capitals, Chinese being ZH-S (simplified). Qualtrics shows question, choice and answer texts as HTML and expands
 * ${...} piped text in them, so they go through {@link org.framewright.survey.escape.SurveyHtmlText}; block
 * descriptions and the survey's name are plain text.
 * <p>
 * What Qualtrics cannot carry from a .qsf: the end-of-survey message lives in the account's message library, so the
 * thanks are a last page before submission; a numeric answer's unit has no place in a text entry; a randomised
 * section shuffles its questions (all on one page) and each matrix its statements, per respondent.
 */
public final class QualtricsWriter implements InstrumentWriter {

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		return List.of(GeneratedFile.text(instrument.id() + ".qsf", new QsfDocument(instrument, language).json()));
	}

	/** Qualtrics' code of an ISO 639-1 language: the code in capitals, but ZH-S for Chinese. */
	public static String language(String iso) {
		return "zh".equals(iso) ? "ZH-S" : iso.toUpperCase(Locale.ROOT);
	}
}
