package org.framewright.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs R scripts with Rscript, for tests that compare with R's own numbers (lavaan, semTools, base R). Without R
 * they fail, naming what to install, rather than pass silently.
 */
public final class Rscript {

	/** The longest an R run may take: a bootstrap of a few hundred draws takes well under a minute here. */
	private static final long TIMEOUT_MINUTES = 5;

	/** What Rscript printed (standard output and error together) and its exit code. */
	public record Run(int exitCode, String output) {
	}

	private Rscript() {
	}

	/** Runs {@code Rscript args...} in a folder. */
	public static Run run(Path folder, String... args) {
		List<String> command = new ArrayList<>();
		command.add("Rscript");
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("Rscript " + String.join(" ", args) + " took longer than " + TIMEOUT_MINUTES + " minutes");
			}
			return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		} catch (IOException e) {
			return fail("Rscript could not be started (" + e.getMessage() + "): these tests need R with the packages lavaan and"
					+ " semTools, e.g. apt-get install r-base-core r-cran-lavaan r-cran-semtools");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fail("interrupted while waiting for Rscript");
		}
	}

	/** Runs Rscript and fails the test, showing R's output, unless it exits with 0. */
	public static String succeed(Path folder, String... args) {
		Run run = run(folder, args);
		if (run.exitCode() != 0) {
			fail("Rscript " + String.join(" ", args) + " exited with " + run.exitCode() + ":\n" + run.output());
		}
		return run.output();
	}
}
