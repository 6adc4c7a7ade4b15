package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.model.generation.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lavaan script on data simulated from a known population model: it recovers the paths and the indirect
 * effects, and its verdicts are the ones the population implies, including a path of the sign opposite to its
 * hypothesis and a path that is zero.
 */
class LavaanRecoveryTest {

	/** Cases simulated: enough for the tolerance below, few enough for a fast bootstrap. */
	private static final int CASES = 500;

	/** Bootstrap draws: fewer than the script's 5000, to keep the test fast; enough for stable 95% intervals here. */
	private static final String DRAWS = "300";

	/**
	 * How far an estimate may lie from its population value: at N = 500, with loadings of 0.7-1 and item error
	 * variances of 1 (simulateData's default), the paths have standard errors of about 0.05, so 0.15 is about three standard errors.
	 */
	private static final double TOLERANCE = 0.15;

	/** Indirect effects are products of two or three paths and have smaller standard errors (about 0.03). */
	private static final double INDIRECT_TOLERANCE = 0.1;

	@TempDir
	Path folder;

	/*
	 * (a) MO -> AL 0.5, AL -> IP 0.4, MO -> IP -0.3 against H1's "positive", SIZE -> AL 0.1, SIZE -> IP 0.2;
	 * MO4 is written reverse-coded (6 - x), as respondents would answer a reversed item.
	 */
	@Test
	void smeAlliancesRecoversThePathsAndAnOppositeSign() throws IOException {
		simulate("""
				MO =~ 1*MO1 + 0.8*MO2 + 0.8*MO3 + 0.7*MO4
				AL =~ 1*AL1 + 0.8*AL2 + 0.8*AL3
				IP =~ 1*IP1 + 0.8*IP2 + 0.8*IP3
				AL ~ 0.5*MO + 0.1*SIZE
				IP ~ -0.3*MO + 0.4*AL + 0.2*SIZE
				MO ~~ 1*MO
				AL ~~ 1*AL
				IP ~~ 1*IP
				SIZE ~~ 1*SIZE
				""", "MO4");
		Map<String, Verdicts.Verdict> verdicts = analyse("sme-alliances.fwk");
		assertVerdict(verdicts, "H1", "p_MO_IP", -0.3, TOLERANCE, "opposite sign");
		assertVerdict(verdicts, "H2", "p_MO_AL", 0.5, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "p_AL_IP", 0.4, TOLERANCE, "supported");
		assertVerdict(verdicts, "H4", "ind_H4", 0.5 * 0.4, INDIRECT_TOLERANCE, "supported");
	}

	/* (d) EO -> OL 0.5, OL -> IC 0.5, IC -> EP 0.4, and no direct EO -> EP: H4 is not supported, H5 is. */
	@Test
	void serialMediationRecoversTheIndirectEffectAndAZeroPath() throws IOException {
		simulate("""
				EO =~ 1*EO1 + 0.8*EO2 + 0.8*EO3
				OL =~ 1*OL1 + 0.8*OL2 + 0.8*OL3
				IC =~ 1*IC1 + 0.8*IC2 + 0.8*IC3
				EP =~ 1*EP1 + 0.8*EP2 + 0.8*EP3
				OL ~ 0.5*EO
				IC ~ 0.5*OL
				EP ~ 0.4*IC + 0*EO
				EO ~~ 1*EO
				OL ~~ 1*OL
				IC ~~ 1*IC
				EP ~~ 1*EP
				""");
		Map<String, Verdicts.Verdict> verdicts = analyse("serial-mediation.fwk");
		assertVerdict(verdicts, "H1", "p_EO_OL", 0.5, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_OL_IC", 0.5, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "p_IC_EP", 0.4, TOLERANCE, "supported");
		assertVerdict(verdicts, "H4", "p_EO_EP", 0.0, TOLERANCE, "not supported");
		assertVerdict(verdicts, "H5", "ind_H5", 0.5 * 0.5 * 0.4, INDIRECT_TOLERANCE, "supported");
	}

	/** Writes data.csv: CASES cases of the population model, item error variances 1, reversed items recoded. */
	private void simulate(String population, String... reversedOnFivePoints) throws IOException {
		StringBuilder r = new StringBuilder("suppressPackageStartupMessages(library(lavaan))\n");
		r.append("population <- '\n").append(population).append("'\n");
		r.append("data <- simulateData(population, sample.nobs = ").append(CASES).append(", seed = 42)\n");
		for (String item : reversedOnFivePoints) {
			r.append("data[[\"").append(item).append("\"]] <- 6 - data[[\"").append(item).append("\"]]\n");
		}
		r.append("write.csv(data, \"data.csv\", row.names = FALSE)\n");
		Files.writeString(folder.resolve("simulate.R"), r);
		Rscript.succeed(folder, "simulate.R");
	}

	private Map<String, Verdicts.Verdict> analyse(String example) throws IOException {
		GeneratedFile script = new LavaanWriter().generate(Frameworks.example(example)).get(0);
		Files.write(folder.resolve(script.relativePath()), script.content());
		long start = System.nanoTime();
		String output = Rscript.succeed(folder, script.relativePath(), "data.csv", DRAWS, "verdicts.csv");
		System.out.printf("%s: lavaan with %s bootstrap draws took %.1f s%n", example, DRAWS, (System.nanoTime() - start) / 1e9);
		assertTrue(output.contains("Composite reliability"), output);
		System.out.println(Files.readString(folder.resolve("verdicts.csv")));
		return Verdicts.read(folder.resolve("verdicts.csv"));
	}

	private static void assertVerdict(Map<String, Verdicts.Verdict> verdicts, String hypothesis, String parameter, double population,
			double tolerance, String verdict) {
		Verdicts.Verdict actual = verdicts.get(hypothesis);
		assertEquals(parameter, actual.parameter(), hypothesis + " is tested by");
		assertEquals(population, actual.estimate(), tolerance, hypothesis + ": " + actual);
		assertEquals(verdict, actual.verdict(), hypothesis + ": " + actual);
	}
}
