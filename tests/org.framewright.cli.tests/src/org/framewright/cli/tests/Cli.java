package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.framewright.cli.Main;

/**
 * Runs the {@code framewright} command line, in this JVM through {@link Main#run(String...)} or as a real process
 * on the plain classpath the distribution assembles, and captures what it prints.
 */
final class Cli {

	/** Where the tests find the examples: tycho-surefire runs them in the test bundle's folder. */
	static final Path EXAMPLES = Path.of("../../examples");

	/** The bad-input corpus committed with the tests. */
	static final Path CORPUS = Path.of("corpus");

	/** The classpath of the command line as the distribution module assembles it. */
	static final Path DIST_LIB = Path.of("../../releng/org.framewright.cli.dist/target/lib");

	/** One problem line of the text output: file:line:col: severity: CODE message. */
	static final Pattern PROBLEM_LINE = Pattern.compile("^[^:]+:\\d+:\\d+: (error|warning|info): fw\\.[a-z-]+ .+$");

	/** The line the text output ends with when it shows only the first problems of a file. */
	static final Pattern MORE_PROBLEMS_LINE = Pattern.compile("^[^:]+: \\d+ more problems not shown; .*$");

	/** What one command line printed and returned. */
	record Result(int exit, String out, String err) {

		List<String> outLines() {
			return out.lines().toList();
		}

		/** The problem lines printed for a file, without the file name: line:col: severity: CODE message. */
		List<String> problemsOf(String file) {
			List<String> problems = new ArrayList<>();
			for (String line : outLines()) {
				if (line.startsWith(file + ":") && PROBLEM_LINE.matcher(line).matches()) {
					problems.add(line.substring(file.length() + 1));
				}
			}
			return problems;
		}

		/** The issue codes of the problem lines, in output order. */
		List<String> codes() {
			return outLines().stream().filter(l -> PROBLEM_LINE.matcher(l).matches())
					.map(l -> l.replaceFirst("^[^:]+:\\d+:\\d+: \\w+: (fw\\.[a-z-]+) .*$", "$1")).toList();
		}

		@Override
		public String toString() {
			return "exit " + exit + "\n--- stdout\n" + abbreviate(out) + "\n--- stderr\n" + abbreviate(err);
		}

		private static String abbreviate(String text) {
			return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n[... " + (text.length() - 4000) + " more characters]";
		}
	}

	private Cli() {
	}

	/** Runs a command line in this JVM. */
	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exit = new Main(outStream, errStream).run(args);
		}
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Runs a command line as its own process: the java of this JVM on the distribution's classpath, as the
	 * {@code framewright} script does.
	 */
	static Result runProcess(Path workingDirectory, String... args) throws IOException, InterruptedException {
		assertTrue(Files.isDirectory(DIST_LIB), DIST_LIB.toAbsolutePath().normalize()
				+ " is missing; build releng/org.framewright.cli.dist first (it assembles the command line's classpath).");
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		if (Runtime.version().feature() >= 24) {
			// Guice 7 uses sun.misc.Unsafe, which JDK 24+ warns about on stderr unless allowed explicitly.
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add("-Djava.awt.headless=true");
		command.add("-cp");
		command.add(DIST_LIB.toAbsolutePath().normalize() + "/*");
		command.add(Main.class.getName());
		command.addAll(List.of(args));
		Path out = Files.createTempFile("framewright-out", ".txt");
		Path err = Files.createTempFile("framewright-err", ".txt");
		try {
			Process process = new ProcessBuilder(command).directory(workingDirectory.toAbsolutePath().toFile())
					.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("framewright " + String.join(" ", args) + " did not finish within 5 minutes");
			}
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** No stack trace and no exception name reached the user. */
	static void assertNoStackTrace(Result result) {
		for (String text : List.of(result.out(), result.err())) {
			assertFalse(text.contains("Exception"), () -> "an exception reached the output:\n" + result);
			assertFalse(text.contains("\tat "), () -> "a stack trace reached the output:\n" + result);
		}
	}

	/** Every line of the text output is a problem line (or the note that more problems are not shown). */
	static void assertProblemLinesOnly(Result result) {
		for (String line : result.outLines()) {
			assertTrue(PROBLEM_LINE.matcher(line).matches() || MORE_PROBLEMS_LINE.matcher(line).matches(),
					() -> "not a problem line: '" + line + "'\n" + result);
		}
	}

	/** The 1-based number of the first line of a file that contains the given text. */
	static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("'" + text + "' is not in " + file);
	}
}
