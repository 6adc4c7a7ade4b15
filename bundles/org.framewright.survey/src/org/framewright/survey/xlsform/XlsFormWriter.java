package org.framewright.survey.xlsform;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.InstrumentWriter;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.LanguageNames;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;

/**
 * The questionnaire as an XLSForm (xlsform.org) for ODK, KoboToolbox, Enketo and SurveyCTO: {@code <id>-xlsform.xlsx}
 * with the sheets survey, choices and settings, every language in label::Language (code) columns, the asked
 * language as default_language.
 * <p>
 * Limits of the format: XLSForm can shuffle the choices of a question but not the order of questions, so randomised
 * sections keep their designed order; pyxform reads ${name} in a label as a reference to the question name, so such
 * text (written here exactly) must name a question or be reworded before conversion.
 */
public final class XlsFormWriter implements InstrumentWriter {

	/** The version XLSForm wants to grow with each revision: yyMMddHHmm of the time of writing (UTC), 10 digits. */
	private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

	private final Clock clock;

	public XlsFormWriter() {
		this(Clock.systemUTC());
	}

	/** A writer whose form version comes from the clock (a fixed clock in tests). */
	public XlsFormWriter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public List<GeneratedFile> write(Instrument instrument, String language) {
		ChoiceLists lists = new ChoiceLists(instrument);
		List<Sheet> sheets = List.of(new SurveySheet(instrument, lists).build(), choices(instrument, lists), settings(instrument, language));
		byte[] workbook = XlsxWorkbook.write(instrument.title().in(language, instrument.baseLanguage()), sheets);
		return List.of(new GeneratedFile(instrument.id() + "-xlsform.xlsx", workbook));
	}

	/** The choices sheet: each scale's choices under its list name, the code as the choice's name. */
	private static Sheet choices(Instrument instrument, ChoiceLists lists) {
		List<String> columns = new ArrayList<>(List.of("list_name", "name"));
		instrument.languages().forEach(language -> columns.add("label::" + LanguageNames.withCode(language)));
		Sheet sheet = new Sheet("choices", columns);
		for (Map.Entry<ResponseScale, String> list : lists.all().entrySet()) {
			for (ResponseChoice choice : list.getKey().choices()) {
				Sheet.Row row = sheet.row().put("list_name", list.getValue()).put("name", String.valueOf(choice.code()));
				for (String language : instrument.languages()) {
					row.put("label::" + LanguageNames.withCode(language), choice.label().in(language, instrument.baseLanguage()));
				}
			}
		}
		return sheet;
	}

	private Sheet settings(Instrument instrument, String language) {
		Sheet sheet = new Sheet("settings", List.of("form_title", "form_id", "version", "default_language"));
		sheet.row().put("form_title", instrument.title().in(language, instrument.baseLanguage())).put("form_id", instrument.id())
				.put("version", VERSION.format(clock.instant())).put("default_language", LanguageNames.withCode(language));
		return sheet;
	}
}
