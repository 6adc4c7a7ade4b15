package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.testing.Rscript;
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

	/** Bootstrap draws: fewer than the script's 5000, to keep the test fast; enough for stable 90% and 95% intervals here. */
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
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.example("sme-alliances.fwk"));
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
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.example("serial-mediation.fwk"));
		assertVerdict(verdicts, "H1", "p_EO_OL", 0.5, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_OL_IC", 0.5, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "p_IC_EP", 0.4, TOLERANCE, "supported");
		// A zero path: the population implies H4 is not supported. This sample (seed 42) estimates -0.13 with a 90%
		// interval of [-0.285, -0.005]: not support, and not "opposite sign" either, which needs significance the other
		// way in a two-sided 5% test (2.5% on that side), so that a zero effect is called opposite only 2.5% of the time.
		assertZeroPathNotSupported(verdicts, "H4", "p_EO_EP");
		assertVerdict(verdicts, "H5", "ind_H5", 0.5 * 0.5 * 0.4, INDIRECT_TOLERANCE, "supported");
	}

	/*
	 * (b) SP -> KT 0.5, A -> KT 0.4, KT -> IS 0.4, SP -> IS 0.3, A -> IS 0.2, MC -> IS -0.3: both indirect effects,
	 * tested two-sided since no hypothesis signs their segments. (With A -> KT 0 and seed 42 the percentile interval
	 * of H5 was [-0.105, -0.002]: the 5% of false positives a zero path has; test (d) covers a zero path instead.)
	 */
	@Test
	void smePartnershipsRecoversParallelMediationsTestedTwoSided() throws IOException {
		simulate("""
				SP =~ 1*Sp1 + 0.8*Sp2 + 0.8*SP3
				A =~ 1*A1 + 0.8*A2 + 0.8*A3
				MC =~ 1*MC1 + 0.8*MC2 + 0.8*Mc3
				KT =~ 1*Kt1 + 0.9*Kt2
				IS =~ 1*I1 + 0.8*I2 + 0.8*I3 + 0.8*I4 + 0.8*I5 + 0.8*I6
				KT ~ 0.5*SP + 0.4*A
				IS ~ 0.3*SP + 0.2*A + -0.3*MC + 0.4*KT
				SP ~~ 1*SP
				A ~~ 1*A
				MC ~~ 1*MC
				KT ~~ 1*KT
				IS ~~ 1*IS
				""");
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.example("sme-partnerships.fwk"));
		assertVerdict(verdicts, "H1", "p_SP_IS", 0.3, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_A_IS", 0.2, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "p_MC_IS", -0.3, TOLERANCE, "supported");
		assertVerdict(verdicts, "H4", "ind_H4", 0.5 * 0.4, INDIRECT_TOLERANCE, "supported");
		assertVerdict(verdicts, "H5", "ind_H5", 0.4 * 0.4, INDIRECT_TOLERANCE, "supported");
		assertEquals("two-sided", verdicts.get("H4").expected());
	}

	/*
	 * A latent interaction, simulated by hand (simulateData has none): Y = 0.4 X - 0.3 W + 0.3 X W + e, with X and W
	 * standard normal and uncorrelated.
	 */
	@Test
	void aLatentInteractionIsRecoveredFromDoubleMeanCentredProducts() throws IOException {
		simulateByHand("""
				x <- rnorm(n); w <- rnorm(n)
				y <- 0.4 * x - 0.3 * w + 0.3 * x * w + rnorm(n)
				""", "x", "w", "y");
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.testFramework("moderation.fwk"));
		assertVerdict(verdicts, "H1", "p_X_Y", 0.4, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_W_Y", -0.3, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "p_X_x_W_Y", 0.3, TOLERANCE, "supported");
		// Simple slopes at W's mean and one SD either side (W's SD is 1 in the population, and its first item loads 1).
		Map<String, Verdicts.Effect> effects = effects("Moderation");
		assertEffect(effects, "slope_H3_low", 0.4 - 0.3, TOLERANCE);
		assertEffect(effects, "slope_H3_mean", 0.4, TOLERANCE);
		assertEffect(effects, "slope_H3_high", 0.4 + 0.3, TOLERANCE);
	}

	/*
	 * First-stage moderated mediation, simulated by hand: M = 0.5 X + 0.2 W + 0.25 X W + e, Y = 0.4 M + e, X and W
	 * standard normal. The index of moderated mediation is 0.25 * 0.4 = 0.1; the conditional indirect effects at W =
	 * -1, 0, +1 SD are (0.5 - 0.25) * 0.4 = 0.1, 0.2 and 0.3.
	 */
	@Test
	void aModeratedMediationRecoversTheIndexAndTheConditionalIndirectEffects() throws IOException {
		simulateByHand("""
				x <- rnorm(n); w <- rnorm(n)
				m <- 0.5 * x + 0.2 * w + 0.25 * x * w + rnorm(n)
				y <- 0.4 * m + rnorm(n)
				""", "x", "w", "m", "y");
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.testFramework("moderated-mediation.fwk"));
		assertVerdict(verdicts, "H1", "p_X_M", 0.5, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_M_Y", 0.4, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "ind_H3", 0.2, INDIRECT_TOLERANCE, "supported");
		assertVerdict(verdicts, "H4", "imm_H4", 0.1, INDIRECT_TOLERANCE, "supported");
		Map<String, Verdicts.Effect> effects = effects("ModeratedMediation");
		assertEffect(effects, "cind_H4_low", 0.1, INDIRECT_TOLERANCE);
		assertEffect(effects, "cind_H4_mean", 0.2, INDIRECT_TOLERANCE);
		assertEffect(effects, "cind_H4_high", 0.3, INDIRECT_TOLERANCE);
		assertTrue(effects.get("cind_H4_high").lower() > 0, "the indirect effect is positive where W is high: " + effects.get("cind_H4_high"));
	}

	/*
	 * Curvilinear effects, simulated by hand: Y = 0.3 X - 0.25 X^2 + e (the inverted U H1 expects) and Z = 0.3 X -
	 * 0.25 X^2 + e against H2's U: "opposite sign". The latent square is measured by the double-mean-centred squares of
	 * X's items; its first indicator, X1 squared, loads 1, so its coefficient is on the scale of X squared.
	 */
	@Test
	void curvilinearEffectsAreTestedByTheirSquaresIncludingAnOppositeSign() throws IOException {
		simulateByHand("""
				x <- rnorm(n)
				y <- 0.3 * x - 0.25 * (x^2 - 1) + rnorm(n)
				z <- 0.3 * x - 0.25 * (x^2 - 1) + rnorm(n)
				""", "x", "y", "z");
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.testFramework("curvilinear.fwk"));
		assertVerdict(verdicts, "H1", "p_X_sq_Y", -0.25, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_X_sq_Z", -0.25, TOLERANCE, "opposite sign");
	}

	/*
	 * A categorical control that confounds X -> Y: SECTOR is 1, 2 or 3 equally often, X = 2 (SECTOR == 2) + N(0, 1)
	 * and Y = 0.3 X + 2 (SECTOR == 2) + e. Entered as one numeric column, its effect pattern 0, 2, 0 is uncorrelated
	 * with the codes 1, 2, 3, so the confounding would stay and X's estimate would be about 0.3 + 2 (4/9) / (17/9) =
	 * 0.77; entered as indicators of 2 and 3 against 1, it is removed and the estimate is 0.3 (standard error about
	 * 0.04). The construct must also covary with the indicators: forced uncorrelated, the model misfits.
	 */
	@Test
	void aCategoricalControlIsEnteredAsIndicatorsAndRemovesItsConfounding() throws IOException {
		simulateByHand("""
				s <- sample(1:3, n, replace = TRUE)
				x <- 2 * (s == 2) + rnorm(n)
				y <- 0.3 * x + 2 * (s == 2) + rnorm(n)
				observed <- data.frame(SECTOR = s)
				""", "x", "y");
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.testFramework("categorical-control.fwk"));
		assertVerdict(verdicts, "H1", "p_X_Y", 0.3, TOLERANCE, "supported");
	}

	/*
	 * (c) a higher-order EO (INN, PRO, RISK) moderated by AL, with the controls SIZE and AGE on IP: EO -> IP 0.4,
	 * AL -> IP 0.3, no interaction. The 36 unmatched product indicators of EO x AL (9 items by 4) must fit.
	 */
	@Test
	void eoPerformanceModerationFitsAHigherOrderInteractionWithControls() throws IOException {
		simulate("""
				INN =~ 1*INN1 + 0.8*INN2 + 0.8*INN3
				PRO =~ 1*PRO1 + 0.8*PRO2 + 0.8*PRO3
				RISK =~ 1*RISK1 + 0.8*RISK2 + 0.8*RISK3
				EO =~ 1*INN + 0.8*PRO + 0.8*RISK
				AL =~ 1*AL1 + 0.8*AL2 + 0.8*AL3 + 0.8*AL4
				IP =~ 1*IP1 + 0.8*IP2 + 0.8*IP3 + 0.8*IP4
				IP ~ 0.4*EO + 0.3*AL + 0.1*SIZE + 0*AGE
				EO ~~ 1*EO
				INN ~~ 0.3*INN
				PRO ~~ 0.3*PRO
				RISK ~~ 0.3*RISK
				AL ~~ 1*AL
				IP ~~ 1*IP
				SIZE ~~ 1*SIZE
				AGE ~~ 1*AGE
				""");
		Map<String, Verdicts.Verdict> verdicts = analyse(Frameworks.example("eo-performance-moderation.fwk"));
		assertVerdict(verdicts, "H1", "p_EO_IP", 0.4, TOLERANCE, "supported");
		assertVerdict(verdicts, "H2", "p_AL_IP", 0.3, TOLERANCE, "supported");
		assertVerdict(verdicts, "H3", "p_EO_x_AL_IP", 0.0, TOLERANCE, "not supported");
	}

	/**
	 * Writes data.csv from latent variables simulated by the given R lines (which may use n), 2 * CASES cases: each
	 * latent variable named, in lower case, gets three items named after it in upper case, loading 1, 0.8 and 0.8 with
	 * error SD 0.6; observed columns the lines put in a data frame {@code observed} are written beside them. Interactions and squares cannot be simulated with simulateData. 1000 cases: at 500 an interaction's
	 * standard error is about 0.065 and over eight seeds tried estimates strayed up to 0.17 from 0.3; at 1000 it is
	 * about 0.045, so the tolerance of 0.15 is over three standard errors.
	 */
	private void simulateByHand(String latentVariables, String... latents) throws IOException {
		StringBuilder r = new StringBuilder("set.seed(7)\nn <- ").append(2 * CASES).append("\n").append(latentVariables);
		r.append("""
				items <- function(latent, prefix) {
				  out <- data.frame(1 * latent + rnorm(n, sd = 0.6), 0.8 * latent + rnorm(n, sd = 0.6), 0.8 * latent + rnorm(n, sd = 0.6))
				  names(out) <- paste0(prefix, 1:3)
				  out
				}
				""");
		r.append("simulated <- cbind(").append(java.util.Arrays.stream(latents)
				.map(latent -> "items(" + latent + ", \"" + latent.toUpperCase(java.util.Locale.ROOT) + "\")").collect(java.util.stream.Collectors.joining(", ")))
				.append(")\nif (exists(\"observed\")) simulated <- cbind(simulated, observed)\nwrite.csv(simulated, \"data.csv\", row.names = FALSE)\n");
		Files.writeString(folder.resolve("simulate.R"), r);
		Rscript.succeed(folder, "simulate.R");
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

	private Map<String, Verdicts.Verdict> analyse(Framework framework) throws IOException {
		GeneratedFile script = new LavaanWriter().generate(framework).get(0);
		Files.write(folder.resolve(script.relativePath()), script.content());
		long start = System.nanoTime();
		String output = Rscript.succeed(folder, script.relativePath(), "data.csv", DRAWS, "verdicts.csv");
		System.out.printf("%s: lavaan with %s bootstrap draws took %.1f s%n", framework.getName(), DRAWS, (System.nanoTime() - start) / 1e9);
		assertTrue(output.contains("Composite reliability"), output);
		assertFalse(output.contains("not available"), "every reliability and validity measure is computed:\n" + output);
		System.out.println(Files.readString(folder.resolve("verdicts.csv")));
		Map<String, Verdicts.Verdict> verdicts = Verdicts.read(folder.resolve("verdicts.csv"));
		assertConsistent(verdicts);
		return verdicts;
	}

	private Map<String, Verdicts.Effect> effects(String frameworkName) throws IOException {
		return Verdicts.readEffects(folder.resolve(frameworkName + "-effects.csv"));
	}

	private static void assertEffect(Map<String, Verdicts.Effect> effects, String parameter, double population, double tolerance) {
		Verdicts.Effect actual = effects.get(parameter);
		assertTrue(actual != null, parameter + " is reported among " + effects.keySet());
		assertEquals(population, actual.estimate(), tolerance, parameter + ": " + actual);
		assertTrue(actual.lower() <= actual.estimate() && actual.estimate() <= actual.upper(), "the interval holds the estimate: " + actual);
	}

	private static void assertZeroPathNotSupported(Map<String, Verdicts.Verdict> verdicts, String hypothesis, String parameter) {
		Verdicts.Verdict actual = verdicts.get(hypothesis);
		assertEquals(parameter, actual.parameter(), hypothesis + " is tested by");
		assertEquals(0.0, actual.estimate(), TOLERANCE, hypothesis + ": " + actual);
		assertTrue(actual.p() >= 0.05, hypothesis + ": " + actual);
		assertEquals("not supported", actual.verdict(), hypothesis + ": " + actual);
	}

	/**
	 * The p value, the interval and the verdict of every row agree: the level is 90% for a directional hypothesis
	 * (one-sided 5%) and 95% otherwise, and a hypothesis is supported exactly when p < .05 with the estimate and the
	 * interval on the expected side of zero.
	 */
	private static void assertConsistent(Map<String, Verdicts.Verdict> verdicts) {
		for (Verdicts.Verdict verdict : verdicts.values()) {
			boolean directional = !verdict.expected().equals("two-sided");
			assertEquals(directional ? 0.90 : 0.95, verdict.level(), 1e-9, verdict.toString());
			boolean intervalOnExpectedSide = switch (verdict.expected()) {
				case "positive" -> verdict.lower() > 0;
				case "negative" -> verdict.upper() < 0;
				default -> verdict.lower() > 0 || verdict.upper() < 0;
			};
			assertEquals(verdict.p() < 0.05, intervalOnExpectedSide, "p and interval agree: " + verdict);
			assertEquals(verdict.p() < 0.05, verdict.verdict().equals("supported"), "p and verdict agree: " + verdict);
		}
	}

	private static void assertVerdict(Map<String, Verdicts.Verdict> verdicts, String hypothesis, String parameter, double population,
			double tolerance, String verdict) {
		Verdicts.Verdict actual = verdicts.get(hypothesis);
		assertEquals(parameter, actual.parameter(), hypothesis + " is tested by");
		assertEquals(population, actual.estimate(), tolerance, hypothesis + ": " + actual);
		assertEquals(verdict, actual.verdict(), hypothesis + ": " + actual);
	}
}
