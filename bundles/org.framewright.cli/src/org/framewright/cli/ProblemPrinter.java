package org.framewright.cli;

import java.io.PrintStream;
import java.util.List;

import org.framewright.model.export.JsonText;

/**
 * Prints problems for people (one compiler-style line each, at most {@link #SHOWN_PER_FILE} per file) or for
 * tools (one JSON document with every problem).
 */
final class ProblemPrinter {

	static final int SHOWN_PER_FILE = 100;

	private ProblemPrinter() {
	}

	static void printText(List<LoadedFile> files, PrintStream out) {
		for (LoadedFile file : files) {
			List<Problem> problems = file.problems();
			problems.stream().limit(SHOWN_PER_FILE).forEach(p -> out.println(p.format()));
			if (problems.size() > SHOWN_PER_FILE) {
				out.println(file.displayName() + ": " + (problems.size() - SHOWN_PER_FILE)
						+ " more problems not shown; fix the first ones and validate again.");
			}
		}
	}

	static void printJson(List<LoadedFile> files, PrintStream out) {
		StringBuilder json = new StringBuilder("{\n  \"files\": [");
		for (int f = 0; f < files.size(); f++) {
			LoadedFile file = files.get(f);
			json.append(f == 0 ? "\n" : ",\n").append("    {\"file\": ").append(JsonText.quote(file.displayName()))
					.append(", \"errors\": ").append(count(file, Problem.Severity.ERROR))
					.append(", \"warnings\": ").append(count(file, Problem.Severity.WARNING))
					.append(", \"infos\": ").append(count(file, Problem.Severity.INFO))
					.append(", \"problems\": [");
			List<Problem> problems = file.problems();
			for (int i = 0; i < problems.size(); i++) {
				Problem p = problems.get(i);
				json.append(i == 0 ? "\n" : ",\n").append("      {\"line\": ").append(p.line())
						.append(", \"column\": ").append(p.column())
						.append(", \"severity\": ").append(JsonText.quote(p.severity().label()))
						.append(", \"code\": ").append(JsonText.quote(p.code()))
						.append(", \"message\": ").append(JsonText.quote(p.message())).append('}');
			}
			json.append(problems.isEmpty() ? "]}" : "\n    ]}");
		}
		json.append(files.isEmpty() ? "]\n}" : "\n  ]\n}");
		out.println(json);
	}

	static String summary(List<LoadedFile> files) {
		long errors = files.stream().mapToLong(f -> count(f, Problem.Severity.ERROR)).sum();
		long warnings = files.stream().mapToLong(f -> count(f, Problem.Severity.WARNING)).sum();
		long infos = files.stream().mapToLong(f -> count(f, Problem.Severity.INFO)).sum();
		return files.size() + (files.size() == 1 ? " file: " : " files: ") + plural(errors, "error") + ", "
				+ plural(warnings, "warning") + ", " + infos + " information" + (infos == 1 ? "" : " messages");
	}

	static long count(LoadedFile file, Problem.Severity severity) {
		return file.problems().stream().filter(p -> p.severity() == severity).count();
	}

	private static String plural(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}
}
