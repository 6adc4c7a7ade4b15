package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.SurveyFormat;
import org.framewright.survey.SurveyGenerator;
import org.framewright.survey.design.SurveyOptions;

/**
 * {@code framewright survey FILE -o DIR}: the questionnaire in one survey tool's format, or in all of them, with the
 * codebook whose variable names the analysis code reads.
 */
final class SurveyCommand implements Command {

	@Override
	public String name() {
		return "survey";
	}

	@Override
	public String summary() {
		return "write the questionnaire (HTML, SurveyJS, LimeSurvey, XLSForm, REDCap, Qualtrics) and its codebook";
	}

	@Override
	public String help() {
		return """
				Usage: framewright survey FILE -o DIR [--format F] [--lang CODE] [--randomize] [--attention-checks N]
				                          [--sections construct|group] [--title TEXT] [--force]

				Designs the questionnaire of the framework (a title page with the introduction and consent, a section
				per construct with its Likert items as a matrix, the controls as background questions) and writes it.
				The variable names are the item codes and control names, in every format and in the codebook.
				A 'survey { ... }' block in FILE sets the same options; the command line overrides it.

				Formats (--format, default all):
				  html         <Name>-questionnaire.html, a standalone form that downloads the answers as CSV
				  surveyjs     <Name>-surveyjs.json
				  limesurvey   <Name>.lss, to import into LimeSurvey
				  xlsform      <Name>-xlsform.xlsx, for ODK and KoboToolbox
				  redcap       <Name>-redcap.csv, a REDCap data dictionary
				  qualtrics    <Name>.qsf, to import into Qualtrics
				  codebook     <Name>-codebook.csv, .xml (DDI Codebook 2.5) and .md (printable)
				  all          every one of them

				Options:
				  -o, --output DIR        the output folder (created if missing)
				  --lang CODE             the language to present in (ISO 639-1, e.g. ms); it must be the base
				                          language or one the items are translated into
				  --randomize             shuffle the items within each section for each respondent
				  --attention-checks N    spread N attention-check items over the sections
				  --sections S            construct (a section per construct, default) or group
				  --title TEXT            the questionnaire's title (default: the framework's)
				  --force                 replace existing files that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String output = arguments.value("output", "o", null);
		String formatName = arguments.value("format", null, "all");
		String language = arguments.value("lang", null, null);
		String checks = arguments.value("attention-checks", null, null);
		String sections = arguments.value("sections", null, null);
		String title = arguments.value("title", null, null);
		boolean randomize = arguments.flag("randomize");
		boolean force = arguments.flag("force");
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file.");
		}
		if (output == null) {
			throw new Arguments.UsageException("say where to write the questionnaire with -o DIR.");
		}
		List<SurveyFormat> formats = formatName.equals("all") ? Arrays.asList(SurveyFormat.values())
				: List.of(SurveyFormat.byId(formatName).orElseThrow(() -> new Arguments.UsageException("unknown format '" + formatName
						+ "'; use html, surveyjs, limesurvey, xlsform, redcap, qualtrics, codebook or all.")));
		SurveyOptions options = new SurveyOptions(title, null, null, null, sectionsByGroup(sections), randomize ? Boolean.TRUE : null,
				attentionChecks(checks), null, null);
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		List<GeneratedFile> generated;
		try {
			generated = new SurveyGenerator(formats, options, language).generate(loaded.file().framework());
		} catch (IllegalArgumentException e) {
			err.println("framewright survey: " + files.get(0) + ": " + e.getMessage() + "; nothing was written.");
			return Main.USAGE;
		}
		return new OutputWriter(name(), out, err).write(Path.of(output), generated, force);
	}

	private static Boolean sectionsByGroup(String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "construct" -> Boolean.FALSE;
			case "group" -> Boolean.TRUE;
			default -> throw new Arguments.UsageException("--sections takes construct or group, not '" + value + "'.");
		};
	}

	private static Integer attentionChecks(String value) {
		if (value == null) {
			return null;
		}
		try {
			int n = Integer.parseInt(value);
			if (n >= 0 && n <= 20) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new Arguments.UsageException("--attention-checks takes a whole number from 0 to 20, not '" + value + "'.");
	}
}
