package org.framewright.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the JVM's ahead-of-time cache (JDK 25+, JEP 483/514/515), which the {@code framewright} script
 * starts once after each build: the commands researchers run, on the shipped examples, with their output discarded.
 * The JVM records which classes they load and link, and how their hot methods behave, and the next starts begin
 * from that: the framework loads and validates without loading Xtext and EMF afresh, and a power analysis or a
 * bootstrap is compiled at once instead of after thousands of interpreted replications.
 * <p>
 * Arguments: the folder of examples and a folder to write into (emptied by the caller). Whatever is missing is
 * skipped; a training run never fails the command the researcher ran.
 */
public final class CacheTraining {

	private CacheTraining() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: CacheTraining EXAMPLES OUTPUT");
			System.exit(Main.USAGE);
		}
		train(Path.of(args[0]), Path.of(args[1]));
		System.exit(Main.OK);
	}

	/** Runs the workload with its output discarded; returns the commands that did not succeed (none, normally). */
	public static List<List<String>> train(Path examples, Path output) throws IOException {
		PrintStream discarded = new PrintStream(OutputStream.nullOutputStream());
		Main main = new Main(discarded, discarded);
		List<List<String>> failed = new ArrayList<>();
		for (List<String> command : workload(examples, output)) {
			if (main.run(command.toArray(String[]::new)) != Main.OK) {
				failed.add(command);
			}
		}
		return failed;
	}

	/** The commands: every example validated, then a build, an analysis with a bootstrap and a power analysis. */
	public static List<List<String>> workload(Path examples, Path output) throws IOException {
		List<List<String>> commands = new ArrayList<>();
		commands.add(List.of("--help"));
		if (Files.isDirectory(examples)) {
			try (DirectoryStream<Path> frameworks = Files.newDirectoryStream(examples, "*.fwk")) {
				frameworks.forEach(framework -> commands.add(List.of("validate", framework.toString())));
			}
		}
		Path alliances = examples.resolve("sme-alliances.fwk");
		Path responses = examples.resolve("sme-alliances-responses.csv");
		Path planned = examples.resolve("serial-mediation.fwk");
		if (Files.isRegularFile(alliances)) {
			commands.add(List.of("build", alliances.toString(), "-o", output.resolve("build").toString(), "--force"));
			if (Files.isRegularFile(responses)) {
				commands.add(List.of("analyse", alliances.toString(), "--data", responses.toString(), "--bootstrap", "500", "-o",
						output.resolve("analyse").toString(), "--force"));
			}
		}
		if (Files.isRegularFile(planned)) {
			commands.add(List.of("power", planned.toString(), "--n", "300", "--reps", "500", "-o", output.resolve("power").toString(), "--force"));
		}
		return commands;
	}
}
