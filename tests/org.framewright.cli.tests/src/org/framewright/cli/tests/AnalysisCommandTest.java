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
	void everyTargetByDefault() throws Exception {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		for (String file : new String[] { "SmeAlliances-lavaan.R", "SmeAlliances-seminr.R", "SmeAlliances-semopy.py", "SmeAlliances.inp",
				"SmeAlliances-cfa.inp", "SmeAlliances.do", "SmeAlliances-process.sps" }) {
			assertTrue(Files.size(output.resolve(file)) > 500, file);
		}
	}

	@Test
	void oneTarget() throws Exception {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--target", "mplus", "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		assertTrue(Files.exists(output.resolve("SmeAlliances.inp")));
		assertTrue(Files.exists(output.resolve("SmeAlliances-cfa.inp")), "both inputs of the target");
		assertTrue(Files.notExists(output.resolve("SmeAlliances-lavaan.R")), "only the target asked for");
	}

	@Test
	void anUnknownTargetIsAUsageError() {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--target", "amos", "-o", output.toString());
		assertEquals(Main.USAGE, result.exit(), result::toString);
	}

	@Test
	void theBootstrapDrawsAndSeedReachEveryTarget() throws Exception {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--bootstrap", "2000", "--seed", "7", "-o",
				output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		String lavaan = Files.readString(output.resolve("SmeAlliances-lavaan.R"));
		assertTrue(lavaan.contains("Sys.getenv(\"FRAMEWRIGHT_BOOTSTRAP\", \"2000\")") && lavaan.contains("set.seed(7)"), lavaan);
		assertTrue(Files.readString(output.resolve("SmeAlliances.inp")).contains("BOOTSTRAP = 2000;"));
		assertTrue(Files.readString(output.resolve("SmeAlliances.do")).contains("reps(2000) seed(7)"));
		assertTrue(Files.readString(output.resolve("SmeAlliances-process.sps")).contains("/boot=2000/seed=7"));
		assertTrue(Files.readString(output.resolve("SmeAlliances-semopy.py")).contains("SEED = 7"));
	}

	@Test
	void bootstrapDrawsOutOfBoundsAreAUsageErrorNamingTheBounds() {
		Cli.Result result = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--bootstrap", "10", "-o", output.toString());
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("from 100 to 1000000, not 10"), result::toString);
		Cli.Result notANumber = Cli.run("analysis", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--seed", "abc", "-o", output.toString());
		assertEquals(Main.USAGE, notANumber.exit(), notANumber::toString);
		assertTrue(notANumber.err().contains("--seed takes a whole number, not 'abc'"), notANumber::toString);
	}
}
