package org.framewright.survey.codebook;

import java.util.List;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;

/**
 * The codebook of the questionnaire, one variable per question in questionnaire order (so its variables are exactly
 * {@link Instrument#variables()}), in every language: {@code <id>-codebook.csv} for analysis,
 * {@code <id>-codebook.xml} in DDI Codebook 2.5 for archives, and {@code <id>-codebook.md} to print for ethics boards.
 * The language argument is not needed: a codebook carries every language.
 */
public final class CodebookWriter implements InstrumentWriter {

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		List<CodebookEntry> entries = CodebookEntry.of(instrument);
		return List.of(GeneratedFile.text(instrument.id() + "-codebook.csv", CodebookTable.csv(instrument, entries)),
				GeneratedFile.text(instrument.id() + "-codebook.xml", DdiCodebook.xml(instrument, entries)),
				GeneratedFile.text(instrument.id() + "-codebook.md", MarkdownCodebook.markdown(instrument, entries)));
	}
}
