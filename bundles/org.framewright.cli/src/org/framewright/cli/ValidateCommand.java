package org.framewright.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code framewright validate FILE...}: checks frameworks and prints their problems.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check frameworks and print their problems";
	}

	@Override
	public String help() {
		return """
				Usage: framewright validate FILE... [--format text|json]

				Checks each .fwk file: syntax, references, and the structure rules (mediations
				resting on unstated paths, too few items, cycles, identification, sample size...).

				Options:
				  --format text   one line per problem: file:line:col: severity: CODE message (default)
				  --format json   one JSON document with every problem, for tools

				Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error or unreadable file.
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String format = arguments.value("format", null, "text");
		if (!format.equals("text") && !format.equals("json")) {
			throw new Arguments.UsageException("--format is text or json, not '" + format + "'.");
		}
		List<String> files = arguments.operands();
		if (files.isEmpty()) {
			throw new Arguments.UsageException("name at least one .fwk file to validate.");
		}
		List<LoadedFile> loaded;
		try {
			loaded = new FrameworkLoader().load(files);
		} catch (UnreadableFileException e) {
			err.println("framewright validate: " + e.getMessage());
			return Main.USAGE;
		}
		if (format.equals("json")) {
			ProblemPrinter.printJson(loaded, out);
		} else {
			ProblemPrinter.printText(loaded, out);
			err.println(ProblemPrinter.summary(loaded));
		}
		return loaded.stream().anyMatch(LoadedFile::hasErrors) ? Main.MODEL_ERRORS : Main.OK;
	}
}
