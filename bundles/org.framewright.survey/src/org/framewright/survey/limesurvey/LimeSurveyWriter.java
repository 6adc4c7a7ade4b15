package org.framewright.survey.limesurvey;

import java.util.List;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;

/**
 * The questionnaire as a LimeSurvey survey structure file ({@code <id>.lss}) for Import survey, in the layout
 * LimeSurvey 5 exports with DBVersion 450 (texts in the {@code *_l10ns} tables; LimeSurvey 6 imports it too).
 * <p>
 * Every language of the questionnaire is a survey language: the one to present in is the base language, the others
 * are additional languages, and every text has a row in each (the base wording where a text has no translation).
 * Chinese is LimeSurvey's {@code zh-Hans} (simplified); other languages keep their ISO 639-1 code. The title,
 * introduction (welcome text) and thanks (end text) are the survey's texts; a consent group asks a mandatory
 * multiple-choice question with one option, the consent statement; each section is a question group. Likert
 * statements are arrays (type F) whose subquestions are the items and whose answer options are the scale's points;
 * numbers are numerical inputs (N) with the scale's min, max and unit (suffix); categories are lists (L); a
 * categorical control without declared choices is a short free text (S).
 * <p>
 * Question and subquestion codes are the variable names, arrays are named after their section
 * ({@link org.framewright.survey.design.Page}); a name LimeSurvey would refuse is mapped by {@link LimeSurveyCodes}.
 * Answer codes are the scale's codes; a code LimeSurvey cannot hold (negative, or more than 5 digits) becomes A1, A2
 * ... by position, and every answer's assessment value is its code. LimeSurvey stores an array item as
 * {@code ARRAY[ITEM]} (MO[MO1]); the item's own variable name is the subquestion code.
 * <p>
 * LimeSurvey shows every text as HTML after its ExpressionScript has replaced {...}: texts therefore go through
 * {@link org.framewright.survey.escape.SurveyHtmlText} (which also keeps braces from being read as expressions) and
 * then {@link org.framewright.survey.escape.XmlText}. Randomised sections shuffle their questions per respondent
 * (one randomisation group per section) and each array its subquestions (random_order).
 */
public final class LimeSurveyWriter implements InstrumentWriter {

	/** The database version whose layout the file follows. */
	public static final int DB_VERSION = 450;

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		return List.of(GeneratedFile.text(instrument.id() + ".lss", new LssDocument(instrument, language).xml()));
	}

	/** LimeSurvey's code of an ISO 639-1 language: the code itself, but zh-Hans for Chinese. */
	public static String language(String iso) {
		return "zh".equals(iso) ? "zh-Hans" : iso;
	}
}
