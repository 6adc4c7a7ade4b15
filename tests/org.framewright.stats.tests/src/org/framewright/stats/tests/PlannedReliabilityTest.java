package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.power.PowerAnalysis;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A construct's planned reliability sets its items' loadings in the power analysis's population: lavaan, fitting the
 * measurement model to the population covariance matrix, finds the stated reliability as the items' composite
 * reliability (omega), while a construct without one keeps the plan's loading.
 */
class PlannedReliabilityTest {

	/** X's four items take their loadings from X's reliability; Y's three items the plan-wide loading. */
	private static final String PLAN = """
			framework Reliabilities "Planned reliabilities"
			scale Five likert 5
			construct X "X" scale Five { item X1 "x1" item X2 "x2" item X3 "x3" item X4 "x4" }
			construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }
			hypothesis H1: X -> Y positive
			plan {
			    sample 300
			    loading 0.6
			    reliability of X 0.85
			    effect H1 0.3
			}
			""";

	/** The plan-wide loading of Y's items. */
	private static final double PLAN_LOADING = 0.6;

	/** The optimizer's tolerance on a fit to the population itself, which the model reproduces exactly. */
	private static final double TOLERANCE = 1e-4;

	@TempDir
	Path folder;

	/*
	 * lavaan fits the CFA to the population matrix as if it came from a million cases (so the estimates are the
	 * population's) and computes each construct's omega from the standardized loadings:
	 * (sum l)^2 / ((sum l)^2 + sum(1 - l^2)).
	 */
	@Test
	void lavaanFindsThePlannedReliabilityAsOmega() {
		PowerAnalysis.Population population = PowerAnalysis.population(FrameworkFixtures.parse("reliabilities.fwk", PLAN)).get();
		RNumbers r = RNumbers.run(folder, RNumbers.matrix("sigma", population.observed(), population.covariance()) + """
				fit <- cfa('X =~ X1 + X2 + X3 + X4
				            Y =~ Y1 + Y2 + Y3', sample.cov = sigma, sample.nobs = 1e6)
				std <- standardizedSolution(fit)
				for (construct in c("X", "Y")) {
				  l <- std$est.std[std$op == "=~" & std$lhs == construct]
				  put(paste0(construct, "|omega"), sum(l)^2 / (sum(l)^2 + sum(1 - l^2)))
				  put(paste0(construct, "|smallest"), min(l)); put(paste0(construct, "|largest"), max(l))
				}
				""");
		assertEquals(0.85, r.get("X|omega"), TOLERANCE, "X's items reach the reliability the plan states");
		assertEquals(r.get("X|smallest"), r.get("X|largest"), TOLERANCE, "X's items load equally");
		assertEquals(PLAN_LOADING, r.get("Y|smallest"), TOLERANCE, "Y has no reliability, so the plan's loading");
		assertEquals(PLAN_LOADING, r.get("Y|largest"), TOLERANCE, "Y has no reliability, so the plan's loading");

		String loading = String.format(Locale.ROOT, "%.3f", r.get("X|largest")).substring(1);
		List<Problem> notes = population.notes().stream().filter(n -> n.code().equals(StatsIssueCodes.LOADING_FROM_RELIABILITY)).toList();
		assertEquals(1, notes.size(), population.notes()::toString);
		assertEquals(Severity.INFO, notes.get(0).severity());
		assertEquals("X: reliability .85 of 4 items, so each loading is " + loading + ".", notes.get(0).message());
	}

	/** A construct's reliability comes before the plan-wide loading, which applies to the other constructs. */
	@Test
	void aConstructsReliabilityComesBeforeThePlanWideLoading() {
		PowerAnalysis.Population withReliability = PowerAnalysis.population(FrameworkFixtures.parse("reliabilities.fwk", PLAN)).get();
		PowerAnalysis.Population without = PowerAnalysis.population(
				FrameworkFixtures.parse("loadings.fwk", PLAN.replace("    reliability of X 0.85\n", ""))).get();
		int x1 = withReliability.observed().indexOf("X1");
		int x2 = withReliability.observed().indexOf("X2");
		int y1 = withReliability.observed().indexOf("Y1");
		int y2 = withReliability.observed().indexOf("Y2");
		// Two items of one construct covary by the product of their loadings.
		assertEquals(PLAN_LOADING * PLAN_LOADING, without.covariance()[x1][x2], 1e-12);
		assertTrue(withReliability.covariance()[x1][x2] > without.covariance()[x1][x2], "X's reliability raises its loadings above 0.6");
		assertEquals(without.covariance()[y1][y2], withReliability.covariance()[y1][y2], 1e-12, "Y keeps the plan's loading");
		assertTrue(without.notes().stream().noneMatch(n -> n.code().equals(StatsIssueCodes.LOADING_FROM_RELIABILITY)), without.notes()::toString);
	}

	/** The engine takes models from any source, validated or not: a reliability of 1 or more is refused, not simulated. */
	@Test
	void aReliabilityThatIsNoneIsRefused() {
		Result<PowerAnalysis.Population> population = PowerAnalysis.population(
				FrameworkFixtures.parse("reliabilities.fwk", PLAN.replace("reliability of X 0.85", "reliability of X 1.2")));
		assertTrue(!population.isOk() && population.errors().get(0).code().equals(StatsIssueCodes.INVALID_RELIABILITY), population::toString);
		assertTrue(population.errors().get(0).message().contains("reliability of X is 1.2"), population::toString);
	}
}
