package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.analysis.AnalysisTarget;
import org.framewright.diagram.DiagramGenerator;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.render.PngRenderer;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.export.JsonExport;
import org.framewright.model.export.XmiExport;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.SurveyFormat;
import org.framewright.survey.SurveyGenerator;
import org.framewright.survey.design.SurveyOptions;

/**
 * {@code framewright build FILE -o DIR}: validates a framework and runs every generator into DIR, all or nothing.
 */
final class BuildCommand implements Command {

	@Override
	public String name() {
		return "build";
	}

	@Override
	public String summary() {
		return "validate a framework and generate everything derived from it";
	}

	@Override
	public String help() {
		return """
				Usage: framewright build FILE -o DIR [--force]

				Validates FILE and, if it has no errors, writes into DIR everything derived from it:
				  <Name>-validation.txt   the validation report (structure, model size, problems)
				  <Name>.xmi              the model as XMI (EMF)
				  <Name>.json             the model as JSON
				  <Name>-diagram.svg      the framework diagram (SVG; 'framewright draw' for more)
				  <Name>-diagram.png      the framework diagram at 300 dpi
				  if it has items or controls, the questionnaire in every format and its codebook
				  ('framewright survey' for options):
				  <Name>-questionnaire.html, <Name>-surveyjs.json, <Name>.lss, <Name>-xlsform.xlsx,
				  <Name>-redcap.csv, <Name>.qsf, <Name>-codebook.csv, .xml and .md
				  if it has measured constructs and hypotheses, the analysis code ('framewright analysis'):
				  <Name>-lavaan.R, <Name>-seminr.R, <Name>-semopy.py, <Name>.inp, <Name>-cfa.inp, <Name>.do,
				  <Name>-process.sps

				Outputs are written all or nothing. Files Framewright wrote before are replaced;
				any other existing file of the same name is left alone unless --force is given.

				Options:
				  -o, --output DIR   the output folder (created if missing)
				  --force            replace existing files that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String output = arguments.value("output", "o", null);
		boolean force = arguments.flag("force");
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file to build.");
		}
		if (output == null) {
			throw new Arguments.UsageException("say where to write the outputs with -o DIR.");
		}
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		LoadedFile file = loaded.file();
		DiagramFont font;
		try {
			font = DiagramFont.system();
		} catch (DiagramFont.FontNotFoundException e) {
			err.println("framewright build: " + e.getMessage() + "; nothing was written.");
			return Main.USAGE;
		}
		List<GeneratedFile> generated = new ArrayList<>();
		try {
			for (FrameworkGenerator generator : generators(file, font)) {
				generated.addAll(generator.generate(file.framework()));
			}
		} catch (PngRenderer.ImageTooLargeException e) {
			err.println("framewright build: " + files.get(0) + ": " + e.getMessage()
					+ " ('framewright draw --format svg' draws it); nothing was written.");
			return Main.USAGE;
		}
		return new OutputWriter(name(), out, err).write(Path.of(output), generated, force);
	}

	/** Every generator available, in the order their outputs are listed. */
	private static List<FrameworkGenerator> generators(LoadedFile file, DiagramFont font) {
		List<FrameworkGenerator> generators = new ArrayList<>(List.of(new ValidationReport(file), new XmiExport(), new JsonExport(),
				new DiagramGenerator(font, DiagramOptions.DEFAULTS, List.of(DiagramFormat.SVG, DiagramFormat.PNG), DiagramFormat.DEFAULT_DPI)));
		if (SurveyGenerator.hasQuestions(file.framework())) {
			generators.add(new SurveyGenerator(java.util.Arrays.asList(SurveyFormat.values()), SurveyOptions.NONE, null));
		}
		if (AnalysisTarget.canAnalyse(file.framework())) {
			for (AnalysisTarget target : AnalysisTarget.values()) {
				generators.add(target.writer());
			}
		}
		return generators;
	}
}
