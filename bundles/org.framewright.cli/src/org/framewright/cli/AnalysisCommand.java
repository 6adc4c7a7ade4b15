package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import java.util.ArrayList;
import java.util.Arrays;

import org.framewright.analysis.AnalysisOptions;
import org.framewright.analysis.AnalysisTarget;
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
		return "write the analysis code (lavaan, seminr, semopy, Mplus, Stata, SPSS/PROCESS) that tests every hypothesis";
	}

	@Override
	public String help() {
		return """
				Usage: framewright analysis FILE -o DIR [--target T] [--bootstrap N] [--seed S] [--force]

				Writes the analysis code of the framework. It reads the data the questionnaire collects (columns
				named by the item codes), stops with a clear message when a column is missing, reverse-codes the
				reversed items, fits the measurement and structural model with bootstrapped confidence intervals
				(5,000 draws and a fixed seed unless told otherwise), reports reliability and validity, and prints a verdict per hypothesis:
				supported, not supported or opposite sign. A mediation is judged by its indirect effect.

				Targets (--target, default all):
				  lavaan   <Name>-lavaan.R, R with lavaan and semTools (latent variables, ML):
				           Rscript <Name>-lavaan.R data.csv [draws] [verdicts.csv]
				  seminr   <Name>-seminr.R, R with seminr (PLS-SEM)
				  semopy   <Name>-semopy.py, Python with semopy and pandas
				  mplus    <Name>.inp, Mplus (reads <Name>-data.csv: the data without its header row), and
				           <Name>-cfa.inp, a CFA giving composite reliability and AVE (Mplus runs one
				           analysis per input)
				  stata    <Name>.do, Stata sem:  do <Name>.do data.csv
				  spss     <Name>-process.sps, SPSS syntax with calls of Hayes' PROCESS macro (installed separately)
				  all      every one of them

				Options:
				  -o, --output DIR   the output folder (created if missing)
				  --bootstrap N      bootstrap draws, from 100 to 1,000,000 (default 5000)
				  --seed S           the bootstrap's seed, a whole number from 0 up (default 20240601)
				  --force            replace existing files that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String output = arguments.value("output", "o", null);
		String target = arguments.value("target", null, "all");
		boolean force = arguments.flag("force");
		AnalysisOptions options = options(arguments.value("bootstrap", null, null), arguments.value("seed", null, null));
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file.");
		}
		if (output == null) {
			throw new Arguments.UsageException("say where to write the analysis code with -o DIR.");
		}
		List<AnalysisTarget> targets = target.equals("all") ? Arrays.asList(AnalysisTarget.values())
				: List.of(AnalysisTarget.byId(target).orElseThrow(() -> new Arguments.UsageException("unknown target '" + target
						+ "'; use lavaan, seminr, semopy, mplus, stata, spss or all.")));
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		List<GeneratedFile> generated = new ArrayList<>();
		try {
			if (!AnalysisTarget.canAnalyse(loaded.file().framework())) {
				throw new IllegalArgumentException("the framework has no hypotheses about constructs measured by items, so there is nothing to estimate");
			}
			for (AnalysisTarget each : targets) {
				generated.addAll(each.writer(options).generate(loaded.file().framework()));
			}
		} catch (IllegalArgumentException e) {
			err.println("framewright analysis: " + files.get(0) + ": " + e.getMessage() + "; nothing was written.");
			return Main.USAGE;
		}
		return new OutputWriter(name(), out, err).write(Path.of(output), generated, force);
	}

	/** The defaults with the options given; a value out of bounds is a usage error that names the bounds. */
	static AnalysisOptions options(String bootstrap, String seed) {
		AnalysisOptions options = AnalysisOptions.DEFAULTS;
		try {
			if (bootstrap != null) {
				options = options.withBootstrapDraws(whole("--bootstrap", bootstrap));
			}
			if (seed != null) {
				options = options.withSeed(whole("--seed", seed));
			}
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException(e.getMessage() + ".");
		}
		return options;
	}

	private static int whole(String option, String value) {
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new Arguments.UsageException(option + " takes a whole number, not '" + value + "'.");
		}
	}
}
