package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.model.generation.GeneratedFile;

/**
 * {@code framewright analysis FILE -o DIR}: the analysis script of the framework, which tests every hypothesis by the
 * parameter that answers it and prints a verdict table.
 */
final class AnalysisCommand implements Command {

	@Override
	public String name() {
		return "analysis";
	}

	@Override
	public String summary() {
		return "write the analysis script (R lavaan) that tests every hypothesis";
	}

	@Override
	public String help() {
		return """
				Usage: framewright analysis FILE -o DIR [--target lavaan] [--force]

				Writes the analysis code of the framework. It reads the data the questionnaire collects (columns
				named by the item codes), stops with a clear message when a column is missing, reverse-codes the
				reversed items, fits the measurement and structural model with bootstrapped confidence intervals
				(5,000 draws, fixed seed), reports reliability and validity, and prints a verdict per hypothesis:
				supported, not supported or opposite sign. A mediation is judged by its indirect effect.

				Targets (--target):
				  lavaan   <Name>-lavaan.R, for R with lavaan and semTools:
				           Rscript <Name>-lavaan.R data.csv [draws] [verdicts.csv]
				  (seminr, semopy, Mplus, Stata and SPSS/PROCESS are not written yet)

				Options:
				  -o, --output DIR   the output folder (created if missing)
				  --force            replace existing files that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String output = arguments.value("output", "o", null);
		String target = arguments.value("target", null, "lavaan");
		boolean force = arguments.flag("force");
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file.");
		}
		if (output == null) {
			throw new Arguments.UsageException("say where to write the analysis code with -o DIR.");
		}
		if (!target.equals("lavaan") && !target.equals("all")) {
			throw new Arguments.UsageException("unknown or not yet available target '" + target + "'; use lavaan.");
		}
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		List<GeneratedFile> generated;
		try {
			generated = new LavaanWriter().generate(loaded.file().framework());
		} catch (IllegalArgumentException e) {
			err.println("framewright analysis: " + files.get(0) + ": " + e.getMessage() + "; nothing was written.");
			return Main.USAGE;
		}
		return new OutputWriter(name(), out, err).write(Path.of(output), generated, force);
	}
}
