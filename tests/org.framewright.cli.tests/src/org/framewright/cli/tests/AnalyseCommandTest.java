package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.cli.Main;
import org.framewright.testing.ModeratedMediationSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewright analyse}: the published table of example (b) and the sample responses of example (a) give a
 * verdict table and an HTML report with the annotated diagram; bad data give a message naming file and row, and no
 * report.
 */
class AnalyseCommandTest {

	@TempDir
	Path output;

	private static final String PARTNERSHIPS = Cli.EXAMPLES.resolve("sme-partnerships.fwk").toString();
	private static final String TABLE = Cli.EXAMPLES.resolve("sme-partnerships-correlations.txt").toString();
	private static final String ALLIANCES = Cli.EXAMPLES.resolve("sme-alliances.fwk").toString();
	private static final String RESPONSES = Cli.EXAMPLES.resolve("sme-alliances-responses.csv").toString();

	@Test
	void thePublishedTableGivesH3OfTheOppositeSignAndJudgesTheMediationsByTheirIndirectEffects() throws Exception {
		Cli.Result result = Cli.run("analyse", PARTNERSHIPS, "--cor", TABLE, "--n", "152", "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		List<String> rows = result.outLines().stream().filter(line -> line.matches("^H\\d .*")).toList();
		assertEquals(5, rows.size(), result::toString);
		assertTrue(rows.get(2).startsWith("H3     path MC -> IS") && rows.get(2).endsWith("opposite sign"), rows.get(2));
		assertTrue(rows.get(3).contains("indirect effect SP -> KT -> IS") && rows.get(3).endsWith("not supported"), rows.get(3));
		String report = Files.readString(output.resolve("SmePartnerships-report.html"));
		assertTrue(report.contains("<table id=\"verdicts\">") && report.contains("<svg"), "verdicts and diagram");
		assertTrue(report.contains("H3 (\u2212) \u2717 opposite; \u03B2 = .48"), "the diagram marks H3 and its estimate");
	}

	@Test
	void rawResponsesGiveVerdictsReliabilityAndValidity() throws Exception {
		Cli.Result result = Cli.run("analyse", ALLIANCES, "--data", RESPONSES, "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		assertTrue(result.err().contains("3 rows have a missing answer"), result::toString);
		assertTrue(result.out().contains("237 cases"), result::toString);
		assertTrue(result.outLines().stream().anyMatch(line -> line.startsWith("H4     indirect effect MO -> AL -> IP") && line.endsWith("supported")),
				result::toString);
		String report = Files.readString(output.resolve("SmeAlliances-report.html"));
		assertTrue(report.contains("<table id=\"alpha\">") && report.contains("<table id=\"htmt\">"), "reliability and validity");
	}

	@Test
	void aBootstrapJudgesTheMediationByItsDrawsAndReportsItsIntervals() throws Exception {
		Cli.Result result = Cli.run("analyse", ALLIANCES, "--data", RESPONSES, "--bootstrap", "500", "--seed", "11", "--threads", "2", "-o",
				output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		assertTrue(result.outLines().stream().anyMatch(line -> line.startsWith("H4     indirect effect MO -> AL -> IP") && line.endsWith("supported")),
				result::toString);
		assertTrue(result.out().contains("bootstrap of the cases, ") && result.out().contains("of 500 draws admissible"), result::toString);
		assertTrue(result.outLines().stream().anyMatch(line -> line.startsWith("MO -> AL -> IP ")), result::toString);
		assertTrue(result.err().contains("bootstrap: 100% (") || result.err().contains("bootstrap ["), "progress on standard error: " + result.err());
		String report = Files.readString(output.resolve("SmeAlliances-report.html"));
		assertTrue(report.contains("<table id=\"bootstrap\">"), "the bootstrap's intervals in the report");
		assertTrue(report.contains("draws (percentile)"), "the mediation judged by the bootstrap in the report");
	}

	/**
	 * A first-stage moderated mediation (simulated answers of {@link ModeratedMediationSample}): the bootstrap refits
	 * the composite path model too, prints the interval of the index of moderated mediation and of the conditional
	 * indirect effects, and judges the moderated mediation by the index's draws.
	 */
	@Test
	void aBootstrapPrintsTheIntervalOfTheIndexOfModeratedMediation() throws Exception {
		ModeratedMediationSample.write(output, 400, 1);
		Cli.Result result = Cli.run("analyse", output.resolve("export-alliances.fwk").toString(), "--data", output.resolve("answers.csv").toString(),
				"--bootstrap", "200", "--seed", "3", "--threads", "2", "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		List<String> lines = result.outLines();
		String index = lines.stream().filter(line -> line.startsWith("index of moderated mediation of H3 (EX, first stage)")).findFirst()
				.orElseThrow(() -> new AssertionError("no row of the index: " + result));
		assertTrue(index.matches(".*(\\[ *-?\\d+\\.\\d{4}, *-?\\d+\\.\\d{4}\\] *){3}$"), "estimate, SE and three intervals: " + index);
		assertTrue(lines.contains("Indices of moderated mediation (composite scores, OLS):"), result::toString);
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("MO -> AL -> IP at EX = mean + 1 SD ")), result::toString);
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("H4     index of moderated mediation of H3")), result::toString);
		assertTrue(result.out().contains("moderated mediations by a bootstrap of the cases"), "the method names the bootstrap: " + result);
		String report = Files.readString(output.resolve("ExportAlliances-report.html"));
		assertTrue(report.contains("index of moderated mediation of H3 (EX, first stage)"), "the index's intervals in the report");
		String h4 = report.substring(report.indexOf("<tr><td><b>H4</b>"));
		assertTrue(h4.substring(0, h4.indexOf("</tr>")).contains("bootstrap, 200 draws (percentile)"), "H4 judged by the bootstrap: " + h4);
	}

	@Test
	void aBootstrapNeedsRawDataAndDrawsWithinBounds() {
		Cli.Result table = Cli.run("analyse", PARTNERSHIPS, "--cor", TABLE, "--n", "152", "--bootstrap", "500");
		assertEquals(Main.USAGE, table.exit(), table::toString);
		Cli.Result few = Cli.run("analyse", ALLIANCES, "--data", RESPONSES, "--bootstrap", "10");
		assertEquals(Main.USAGE, few.exit(), few::toString);
		assertTrue(few.err().contains("100"), few::toString);
	}

	@Test
	void dataWithoutAColumnNamesItAndWritesNothing() throws Exception {
		Path data = output.resolve("responses.csv");
		Files.writeString(data, "MO1,MO2,MO4,AL1,AL2,AL3,IP1,IP2,IP3,SIZE\n1,2,3,4,5,1,2,3,4,10\n");
		Cli.Result result = Cli.run("analyse", ALLIANCES, "--data", data.toString());
		assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
		assertTrue(result.err().contains("responses.csv") && result.err().contains("MO3"), result::toString);
		assertFalse(Files.exists(output.resolve("SmeAlliances-report.html")), "no report");
		Cli.assertNoStackTrace(result);
	}

	@Test
	void aMalformedTableNamesItsRow() throws Exception {
		Path table = output.resolve("table.txt");
		Files.writeString(table, "IS 1\nSP .713 1\nA .776 high 1\nMC .831 .663 .762 1\nKT .631 .529 .590 .652 1\n");
		Cli.Result result = Cli.run("analyse", PARTNERSHIPS, "--cor", table.toString(), "--n", "152", "-o", output.toString());
		assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
		assertTrue(result.err().contains("table.txt:3:"), result::toString);
		Cli.assertNoStackTrace(result);
	}

	@Test
	void theDataMustBeGivenOnceAndATableNeedsItsN() {
		assertEquals(Main.USAGE, Cli.run("analyse", PARTNERSHIPS).exit());
		assertEquals(Main.USAGE, Cli.run("analyse", PARTNERSHIPS, "--data", RESPONSES, "--cor", TABLE, "--n", "5").exit());
		Cli.Result noN = Cli.run("analyse", PARTNERSHIPS, "--cor", TABLE);
		assertEquals(Main.USAGE, noN.exit(), noN::toString);
		assertTrue(noN.err().contains("--n N"), noN::toString);
		assertEquals(Main.USAGE, Cli.run("analyse", PARTNERSHIPS, "--cor", TABLE, "--n", "many").exit());
	}
}
