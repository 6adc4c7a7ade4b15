package org.framewright.survey;

import java.util.List;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;

/**
 * Writes a questionnaire in one survey tool's format. Pure: it returns the files, and the caller writes them
 * atomically into an output folder. Every text of the instrument reaches the files through the format's one
 * escaping function (org.framewright.survey.escape, or JsonText for JSON).
 */
public interface InstrumentWriter {

	/**
	 * The files of the questionnaire.
	 *
	 * @param instrument the questionnaire
	 * @param language   the language to present in (one of the instrument's languages); formats that carry every
	 *                   language (with a language picker) use it as the default language
	 */
	List<GeneratedFile> write(Instrument instrument, String language);
}
