package org.framewright.stats.tests;

import static org.framewright.stats.tests.SampleStatistics.centredProduct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.power.CaseSimulation;
import org.framewright.stats.power.PowerAnalysis;
import org.framewright.stats.power.PowerResults;
import org.framewright.stats.power.PowerSettings;
import org.framewright.stats.regression.LeastSquares;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power of moderations, moderated mediations and curvilinear effects, whose plans are simulated case by case: the
 * simulated construct scores carry the planned interaction and square with unit variances (also downstream of an
 * interaction, where a construct is not normal), the power of a moderation agrees with a loop in R that simulates the
 * same items and fits lm to their composites, and the powers do not depend on the threads.
 */
class PowerInteractionTest {

	/**
	 * X -> M -> Y with W moderating the first stage (so M is not normal: it carries 0.5 (X W)), and an inverted U of
	 * M on Z, whose square's variance is then not the normal 2 but 2.645 (M = 0.3 X + 0.5 X W + e: E[M⁴] = 3 E[v²] with
	 * v = (0.3 + 0.5 W)² + 0.66, so E[M⁴] = 3.645): a disturbance computed as for a normal M would make var(Z) 1.103.
	 */
	private static final Framework RECURSIVE = FrameworkFixtures.parse("recursive.fwk", """
			framework Recursive "A moderated first stage and an inverted U downstream of it"
			construct X "Cause" reflective { item X1 "x one" item X2 "x two" item X3 "x three" }
			construct W "Moderator" reflective { item W1 "w one" item W2 "w two" item W3 "w three" }
			construct M "Mediator" reflective { item M1 "m one" item M2 "m two" item M3 "m three" }
			construct Y "Outcome" reflective { item Y1 "y one" item Y2 "y two" item Y3 "y three" }
			construct Z "Curved outcome" reflective { item Z1 "z one" item Z2 "z two" item Z3 "z three" }
			hypothesis H1: X -> M positive
			hypothesis H2: M -> Y positive
			hypothesis H3: X -> M -> Y mediation
			hypothesis H4: W moderates first stage of H3 strengthens
			hypothesis H5: M -> Z inverted-u
			plan {
			    tails one
			    effect H1 0.3
			    effect H2 0.4
			    effect H4 0.5
			    effect H5 0.4
			    loading of X1 0.8
			}
			""");

	/** A moderation: Y = 0.3 X + 0 W + 0.2 (X W) + e, with var(e) = 1 - 0.09 - 0.04; one loading of 0.8, one of 0.6. */
	private static final Framework MODERATION = FrameworkFixtures.parse("moderation.fwk", """
			framework Moderated "A moderation"
			construct X "Cause" reflective { item X1 "x one" item X2 "x two" item X3 "x three" }
			construct W "Moderator" reflective { item W1 "w one" item W2 "w two" item W3 "w three" }
			construct Y "Outcome" reflective { item Y1 "y one" item Y2 "y two" item Y3 "y three" }
			hypothesis H1: X -> Y positive
			hypothesis H2: W moderates X -> Y strengthens
			plan {
			    tails one
			    effect H1 0.3
			    effect H2 0.2
			    loading of X1 0.8
			    loading of W1 0.6
			}
			""");

	/** Latent scores of a sample this large estimate a coefficient to about ±0.002 and a unit variance to about ±0.005. */
	private static final int LARGE = 200_000;

	@TempDir
	Path folder;

	/*
	 * Regressions on 200,000 simulated construct scores: the interaction's and the square's coefficients within 0.01
	 * (five standard errors or more) of the plan's, and every construct's variance within 0.02 of 1 (four standard
	 * errors; the 0.103 of a disturbance computed as if M were normal would fail it).
	 */
	@Test
	void latentScoresCarryThePlannedInteractionAndSquareWithUnitVariances() {
		CaseSimulation cases = PowerAnalysis.population(RECURSIVE).get().cases();
		double[][] scores = cases.latentScores(LARGE, new SplittableRandom(5));
		List<String> names = cases.constructs();
		double[] x = scores[names.indexOf("X")];
		double[] w = scores[names.indexOf("W")];
		double[] m = scores[names.indexOf("M")];
		double[] y = scores[names.indexOf("Y")];
		double[] z = scores[names.indexOf("Z")];
		Moments moments = Moments.of(List.of("X", "W", "M", "Y", "Z", "X_x_W", "M_sq"), List.of(x, w, m, y, z, centredProduct(x, w), centredProduct(m, m)));
		for (int i = 0; i < 5; i++) {
			assertEquals(1, moments.covariance()[i][i], 0.02, "the variance of " + moments.names().get(i));
			assertEquals(0, moments.means()[i], 0.01, "the mean of " + moments.names().get(i));
		}
		RegressionResult mediator = LeastSquares.fit(moments, "M", List.of("X", "W", "X_x_W")).get();
		assertEquals(0.3, mediator.coefficient("X").orElseThrow().estimate(), 0.01);
		assertEquals(0, mediator.coefficient("W").orElseThrow().estimate(), 0.01, "the moderator's own path is not planned");
		assertEquals(0.5, mediator.coefficient("X_x_W").orElseThrow().estimate(), 0.01, "the planned interaction");
		RegressionResult outcome = LeastSquares.fit(moments, "Y", List.of("M")).get();
		assertEquals(0.4, outcome.coefficient("M").orElseThrow().estimate(), 0.01);
		RegressionResult curved = LeastSquares.fit(moments, "Z", List.of("M", "M_sq")).get();
		assertEquals(0, curved.coefficient("M").orElseThrow().estimate(), 0.01, "no linear part is planned");
		assertEquals(-0.4, curved.coefficient("M_sq").orElseThrow().estimate(), 0.01, "an inverted U: the planned size, negative");

		ResponseData items = cases.sample(LARGE, new SplittableRandom(6));
		Moments answers = items.moments(List.of("X1", "X2", "M1", "Y1"));
		assertEquals(1, answers.covariance()[0][0], 0.02, "an item's variance");
		assertEquals(0.8 * 0.7, answers.covariance()[0][1], 0.01, "two items of X: loadings 0.8 (planned) and 0.7 (the default)");
		assertEquals(0.7 * 0.7 * 0.4, answers.covariance()[2][3], 0.01, "items of M and Y: 0.7 * 0.7 * their correlation");
	}

	/*
	 * The moderation's power at N = 150 against R simulating the same items (the same loadings, 1000 replications on
	 * each side), with composites as item means, the mean-centred product, lm, and the one-sided p of the interaction
	 * below .05. Both are binomial proportions; they must agree within four standard errors of their difference.
	 */
	@Test
	void powerOfAModerationAgreesWithAnRLoopOfLm() throws Exception {
		int n = 150;
		int replications = 1000;
		RNumbers r = RNumbers.run(folder, String.format(Locale.ROOT, """
				set.seed(3)
				item <- function(score, loading) loading * score + sqrt(1 - loading^2) * rnorm(length(score))
				supported <- 0
				for (rep in 1:%d) {
				  n <- %d
				  X <- rnorm(n); W <- rnorm(n)
				  Y <- 0.3 * X + 0.2 * X * W + sqrt(1 - 0.09 - 0.04) * rnorm(n)
				  x <- (item(X, 0.8) + item(X, 0.7) + item(X, 0.7)) / 3
				  w <- (item(W, 0.6) + item(W, 0.7) + item(W, 0.7)) / 3
				  y <- (item(Y, 0.7) + item(Y, 0.7) + item(Y, 0.7)) / 3
				  xw <- (x - mean(x)) * (w - mean(w))
				  fit <- summary(lm(y ~ x + w + xw))
				  t <- coef(fit)["xw", "t value"]
				  supported <- supported + (pt(t, fit$df[2], lower.tail = FALSE) < 0.05)
				}
				put("H2", supported / %d)
				""", replications, n, replications));
		PowerResults ours = PowerAnalysis.run(MODERATION, new PowerSettings(List.of(n), replications, 3, 2, 500), done -> { }).get();
		PowerResults.Row row = ours.rows().get(0);
		double power = row.power().get("H2");
		double theirs = r.get("H2");
		int usable = row.replications() - row.failed();
		double se = Math.sqrt(power * (1 - power) / usable + theirs * (1 - theirs) / replications);
		String report = String.format(Locale.ROOT, "power of a moderation at N = %d: Framewright %.3f (%d usable), R %.3f; tolerance %.3f", n, power,
				usable, theirs, 4 * se);
		System.out.println(report);
		Files.writeString(folder.resolve("report.txt"), report);
		assertTrue(power > 0.1 && power < 0.9, "a power in the range where the comparison is sharp: " + report);
		r.assertAgrees("H2", power, 4 * se);
		assertTrue(row.power().get("H1") > 0.7, "the linear path, judged by the structural equation model: " + row);
	}

	@Test
	void oneAndTwoThreadsGiveTheSamePowersWithInteractionsAndSquares() {
		PowerResults one = PowerAnalysis.run(RECURSIVE, new PowerSettings(List.of(80, 120), 40, 7, 1, 500), replications -> { }).get();
		PowerResults two = PowerAnalysis.run(RECURSIVE, new PowerSettings(List.of(80, 120), 40, 7, 2, 500), replications -> { }).get();
		assertEquals(one.rows(), two.rows());
		for (PowerResults.Row row : two.rows()) {
			assertEquals(List.of("H1", "H2", "H3", "H4", "H5"), new ArrayList<>(two.hypotheses()));
			two.hypotheses().forEach(h -> assertTrue(row.power().containsKey(h), "every hypothesis has a power, " + h + " too: " + row));
		}
		assertTrue(two.method().contains("case by case"), two.method());
		assertFalse(two.notes().stream().anyMatch(note -> note.code().equals(StatsIssueCodes.EFFECT_NOT_SIMULATED)), two.notes()::toString);
	}

	/** With --bootstrap, each replication's cases are fitted and resampled, and its interactions still judged by the composite path model. */
	@Test
	void interactionsAreAlsoSimulatedWithABootstrapInsideTheLoop() {
		PowerResults one = PowerAnalysis.run(RECURSIVE, new PowerSettings(List.of(150), 6, 3, 1, 500, 50), replications -> { }).get();
		PowerResults two = PowerAnalysis.run(RECURSIVE, new PowerSettings(List.of(150), 6, 3, 2, 500, 50), replications -> { }).get();
		assertEquals(one.rows(), two.rows());
		PowerResults.Row row = two.rows().get(0);
		two.hypotheses().forEach(h -> assertTrue(row.power().containsKey(h), "every hypothesis has a power, " + h + " too: " + row));
	}
}
