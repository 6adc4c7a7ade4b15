package org.framewright.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
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
				Usage: framewright analyse FILE --data responses.csv [-o DIR] [--force]
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
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file.");
		}
		if ((data == null) == (table == null)) {
			throw new Arguments.UsageException("give the data with either --data responses.csv or --cor TABLE --n N.");
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
		Result<StudyResults> results = data != null ? analyseResponses(framework, dataFile) : analyseTable(framework, dataFile, cases(n));
		results.problems().forEach(problem -> err.println(located(problem, dataFile)));
		if (!results.isOk()) {
			err.println("framewright analyse: " + dataFile + ": the data cannot be analysed (see above); nothing was written.");
			return Main.MODEL_ERRORS;
		}
		StudyResults study = results.get();
		study.notes().forEach(note -> err.println(located(note, dataFile)));
		out.println("Hypotheses of " + framework.getName() + " on " + study.source() + " (" + study.cases() + " cases; " + study.method() + "):");
		out.print(VerdictTable.of(study.verdicts()));
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

	private static Result<StudyResults> analyseResponses(Framework framework, Path csv) {
		Result<ResponseData> responses = ResponseData.read(csv, framework);
		if (!responses.isOk()) {
			return Result.failed(responses.problems());
		}
		Result<StudyResults> results = StudyAnalysis.of(framework, responses.get());
		return withWarnings(results, responses.problems());
	}

	/** A table whose variables are all constructs of the framework is of composite scores; otherwise of items. */
	private static Result<StudyResults> analyseTable(Framework framework, Path file, int n) {
		Result<SummaryData> asItems = SummaryData.read(file, n, SummaryData.Level.ITEM);
		if (!asItems.isOk()) {
			return Result.failed(asItems.problems());
		}
		Set<String> constructs = new HashSet<>();
		framework.getConstructs().stream().map(Construct::getName).forEach(constructs::add);
		SummaryData table = asItems.get();
		if (constructs.containsAll(table.names())) {
			Result<SummaryData> asConstructs = SummaryData.read(file, n, SummaryData.Level.CONSTRUCT);
			if (!asConstructs.isOk()) {
				return Result.failed(asConstructs.problems());
			}
			table = asConstructs.get();
		}
		return withWarnings(StudyAnalysis.of(framework, table), asItems.problems());
	}

	private static Result<StudyResults> withWarnings(Result<StudyResults> results, List<Problem> warnings) {
		if (warnings.isEmpty()) {
			return results;
		}
		List<Problem> all = new java.util.ArrayList<>(warnings);
		all.addAll(results.problems());
		return results.isOk() ? Result.of(results.get(), all) : Result.failed(all);
	}

	/** A problem that names no file is about the data file as a whole. */
	private static String located(Problem problem, Path dataFile) {
		return problem.file() != null ? problem.toString()
				: new Problem(problem.severity(), problem.code(), dataFile.getFileName().toString(), problem.row(), problem.column(), problem.message()).toString();
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
