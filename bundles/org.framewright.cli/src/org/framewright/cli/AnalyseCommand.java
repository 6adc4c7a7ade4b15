package org.framewright.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.framewright.analysis.AnalysisOptions;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.report.BootstrapTable;
import org.framewright.stats.report.DiagramNotes;
import org.framewright.stats.report.HtmlReport;
import org.framewright.stats.report.VerdictTable;
import org.framewright.stats.study.StudyAnalysis;
import org.framewright.stats.study.StudyResults;

/**
 * {@code framewright analyse FILE --data responses.csv}, or {@code --cor TABLE --n N}: the framework's hypotheses
 * judged on the data, printed as a verdict table and written as an HTML report with the annotated diagram.
 */
final class AnalyseCommand implements Command {

	@Override
	public String name() {
		return "analyse";
	}

	@Override
	public String summary() {
		return "judge every hypothesis on collected data (or a published correlation table) and write an HTML report";
	}

	@Override
	public String help() {
		return """
				Usage: framewright analyse FILE --data responses.csv [--bootstrap N [--seed S] [--threads T]] [-o DIR] [--force]
				       framewright analyse FILE --cor TABLE --n N [-o DIR] [--force]

				Estimates the framework on the data and judges every hypothesis by the quantity that answers it:
				a direct effect by its path, a mediation by its indirect effect (Monte Carlo interval), a
				moderation by its interaction; one-sided where the hypothesis states a direction. Prints the
				verdicts (supported, not supported, opposite sign) and writes <Name>-report.html: verdicts,
				the diagram marked with them, the path model, reliability (Cronbach's alpha, item statistics)
				and discriminant validity (HTMT).

				Data:
				  --data CSV     raw responses, one column per item code (as the questionnaire's CSV); reversed
				                 items are recoded from the framework, rows with missing answers left out
				  --cor TABLE    a correlation or covariance table (CSV or whitespace, lower triangle or full,
				                 names in the header or first column) of the constructs' scores or of the items
				  --n N          the number of cases behind the table

				Bootstrap (raw data only):
				  --bootstrap N  resample the cases N times (100 to 1,000,000; 5000 is usual) and refit the
				                 structural equation model: mediations are judged by the bootstrap draws of
				                 their indirect effects, and the report gives percentile, BC and BCa intervals
				                 of every path, standardized path, indirect and total effect; the same draws
				                 refit the composite path model by OLS (as PROCESS does): moderated mediations
				                 are judged by the draws of their index, with intervals for every interaction,
				                 simple slope and conditional indirect effect (moderator at mean and +/- 1 SD)
				  --seed S       the bootstrap's seed (default 20240601); the same seed gives the same
				                 intervals whatever the number of threads
				  --threads T    worker threads (default: every core)

				Options:
				  -o, --output DIR   the report's folder (default: the data file's folder)
				  --force            replace an existing report that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String data = arguments.value("data", null, null);
		String table = arguments.value("cor", null, null);
		String n = arguments.value("n", null, null);
		String output = arguments.value("output", "o", null);
		boolean force = arguments.flag("force");
		BootstrapOptions bootstrap = bootstrapOptions(arguments.value("bootstrap", null, null), arguments.value("seed", null, null),
				arguments.value("threads", null, null));
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file.");
		}
		if ((data == null) == (table == null)) {
			throw new Arguments.UsageException("give the data with either --data responses.csv or --cor TABLE --n N.");
		}
		if (bootstrap != null && table != null) {
			throw new Arguments.UsageException("--bootstrap resamples cases, so it needs the raw responses (--data), not a table.");
		}
		if (table != null && n == null) {
			throw new Arguments.UsageException("say how many cases the table rests on with --n N.");
		}
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		Framework framework = loaded.file().framework();
		Path dataFile = Path.of(data != null ? data : table);
		Result<StudyResults> results = data != null ? analyseResponses(framework, dataFile, bootstrap, err) : StudyAnalysis.ofTable(framework, dataFile, cases(n));
		results.problems().forEach(problem -> err.println(located(problem, dataFile)));
		if (!results.isOk()) {
			err.println("framewright analyse: " + dataFile + ": the data cannot be analysed (see above); nothing was written.");
			return Main.MODEL_ERRORS;
		}
		StudyResults study = results.get();
		study.notes().forEach(note -> err.println(located(note, dataFile)));
		out.println("Hypotheses of " + framework.getName() + " on " + study.source() + " (" + study.cases() + " cases; " + study.method() + "):");
		out.print(VerdictTable.of(study.verdicts()));
		study.bootstrap().ifPresent(resampled -> out.print("\n" + BootstrapTable.of(resampled)));
		String diagram = null;
		try {
			diagram = ReportDiagram.svg(framework, DiagramNotes.of(study), DiagramFont.system());
		} catch (DiagramFont.FontNotFoundException e) {
			err.println("framewright analyse: " + e.getMessage() + "; the report has no diagram.");
		}
		GeneratedFile report = GeneratedFile.text(framework.getName() + "-report.html", HtmlReport.of(framework, study, diagram));
		Path folder = output != null ? Path.of(output) : dataFile.toAbsolutePath().getParent();
		return new OutputWriter(name(), out, err).write(folder, List.of(report), force);
	}

	private static Result<StudyResults> analyseResponses(Framework framework, Path csv, BootstrapOptions bootstrap, PrintStream err) {
		ProgressListener progress = bootstrap == null ? ProgressListener.NONE : ProgressBar.onStandardError(err, "bootstrap");
		long start = System.nanoTime();
		Result<StudyResults> results = StudyAnalysis.ofResponses(framework, csv, bootstrap, progress);
		if (bootstrap != null && results.isOk()) {
			err.println(String.format(java.util.Locale.ROOT, "framewright analyse: analysis with %d bootstrap draws on %d threads took %.2f s", bootstrap.draws(),
					bootstrap.threads(), (System.nanoTime() - start) / 1e9));
		}
		return results;
	}

	/** A problem that names no file is about the data file as a whole. */
	private static String located(Problem problem, Path dataFile) {
		return problem.file() != null ? problem.toString()
				: new Problem(problem.severity(), problem.code(), dataFile.getFileName().toString(), problem.row(), problem.column(), problem.message()).toString();
	}

	/** The bootstrap asked for, or null; a value out of bounds is a usage error that names the bounds. */
	private static BootstrapOptions bootstrapOptions(String draws, String seed, String threads) {
		if (draws == null) {
			if (seed != null || threads != null) {
				throw new Arguments.UsageException("--seed and --threads belong to --bootstrap N.");
			}
			return null;
		}
		int count = whole("--bootstrap", draws);
		if (count < AnalysisOptions.MIN_BOOTSTRAP_DRAWS || count > AnalysisOptions.MAX_BOOTSTRAP_DRAWS) {
			throw new Arguments.UsageException("--bootstrap takes a number of draws from " + AnalysisOptions.MIN_BOOTSTRAP_DRAWS + " to "
					+ AnalysisOptions.MAX_BOOTSTRAP_DRAWS + ", not " + count + ".");
		}
		BootstrapOptions options = BootstrapOptions.defaults().withDraws(count);
		if (seed != null) {
			options = options.withSeed(whole("--seed", seed));
		}
		if (threads != null) {
			int workers = whole("--threads", threads);
			if (workers < 1) {
				throw new Arguments.UsageException("--threads takes a number of threads from 1 up, not " + workers + ".");
			}
			options = options.withThreads(workers);
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

	private static int cases(String n) {
		try {
			int cases = Integer.parseInt(n.trim());
			if (cases > 1) {
				return cases;
			}
		} catch (NumberFormatException e) {
			// fall through to the usage error
		}
		throw new Arguments.UsageException("--n takes the number of cases, a whole number above 1, not '" + n + "'.");
	}
}
