package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright power}: powers by sample size from the study plan, the report, and clear refusals. */
class PowerCommandTest {

	@TempDir
	Path output;

	private static final String SERIAL = Cli.EXAMPLES.resolve("serial-mediation.fwk").toString();

	@Test
	void printsThePowerOfEveryHypothesisAtEachSizeAndWritesTheCurve() throws Exception {
		Cli.Result result = Cli.run("power", SERIAL, "--n", "100,300", "--reps", "40", "--population", output.resolve("population.csv").toString(),
				"-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		List<String> rows = result.outLines().stream().filter(line -> line.matches("^\\s+(100|300) .*")).toList();
		assertEquals(2, rows.size(), result::toString);
		assertTrue(result.outLines().get(1).matches("^\\s+N\\s+H1\\s+H2\\s+H3\\s+H4\\s+H5\\s+failed$"), result::toString);
		String report = Files.readString(output.resolve("SerialMediation-power.html"));
		assertTrue(report.contains("<svg id=\"power-curve\"") && report.contains("<polyline"), "the power curve");
		List<String> population = Files.readAllLines(output.resolve("population.csv"));
		assertEquals(13, population.size(), "a header and the twelve items");
		assertTrue(population.get(1).startsWith("EO1,1.0,"), population.get(1));
		assertTrue(result.err().contains("IC: reliability .85 of 3 items, so each loading is ."), "the plan's reliability of IC, noted: " + result);
	}

	/**
	 * Example (c) plans an effect for its moderation (H3: AL moderates EO -> IP, 0.1), which the covariance matrix of
	 * a linear population cannot carry: its samples are simulated case by case, and H3 gets a power of its own from
	 * the composite path model's interaction, where it used to get none and a note saying it was not simulated.
	 */
	@Test
	void aModerationIsSimulatedCaseByCaseAndGetsAPower() throws Exception {
		Cli.Result result = Cli.run("power", Cli.EXAMPLES.resolve("eo-performance-moderation.fwk").toString(), "--n", "400", "--reps", "60", "-o",
				output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		assertTrue(result.outLines().get(1).matches("^\\s+N\\s+H1\\s+H2\\s+H3\\s+failed$"), result::toString);
		List<String> row = result.outLines().stream().filter(line -> line.matches("^\\s+400 .*")).toList();
		assertEquals(1, row.size(), result::toString);
		String[] cells = row.get(0).strip().split("\\s+");
		double power = Double.parseDouble(cells[3]);
		assertTrue(power > 0 && power < 1, "H3's power is a share of the replications, not '-': " + row.get(0));
		assertTrue(!result.err().contains("not simulated"), result::toString);
		assertTrue(result.err().contains("simulated case by case"), result::toString);
		String report = Files.readString(output.resolve("EoPerformanceModeration-power.html"));
		assertTrue(report.contains("<p id=\"method\">The plan states interactions or squares"), "the report says how the samples were simulated");
		Cli.assertNoStackTrace(result);
	}

	@Test
	void aFrameworkWithoutAPlanIsRefused() {
		Cli.Result result = Cli.run("power", Cli.EXAMPLES.resolve("sme-alliances.fwk").toString(), "--reps", "5");
		assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
		assertTrue(result.err().contains("state them in the framework's plan"), result::toString);
		Cli.assertNoStackTrace(result);
	}

	@Test
	void badSizesAndReplicationsAreUsageErrors() {
		assertEquals(Main.USAGE, Cli.run("power", SERIAL, "--n", "300:100").exit());
		assertEquals(Main.USAGE, Cli.run("power", SERIAL, "--n", "5").exit());
		Cli.Result reps = Cli.run("power", SERIAL, "--reps", "none");
		assertEquals(Main.USAGE, reps.exit(), reps::toString);
		assertTrue(reps.err().contains("--reps takes a whole number"), reps::toString);
	}
}
