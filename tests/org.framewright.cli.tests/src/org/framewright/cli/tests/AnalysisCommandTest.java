package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright analysis}: the lavaan script from the command line, and what it refuses. */
class AnalysisCommandTest {

	@TempDir
	Path output;

	@Test
	void writesTheLavaanScript() throws Exception {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("serial-mediation.fwk").toString(), "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		String script = Files.readString(output.resolve("SerialMediation-lavaan.R"));
		assertTrue(script.contains("library(lavaan)") && script.contains("sem("), "a lavaan script");
	}

	@Test
	void aFrameworkWithoutMeasuredHypothesesIsRefused() {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("review-ado.fwk").toString(), "-o", output.toString());
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("nothing to estimate"), result.err());
	}

	@Test
	void targetsNotYetWrittenAreAUsageError() {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--target", "mplus", "-o", output.toString());
		assertEquals(Main.USAGE, result.exit(), result::toString);
	}
}
