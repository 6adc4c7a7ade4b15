package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.LeastSquares;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.reliability.CronbachAlpha;
import org.framewright.stats.reliability.Htmt;
import org.framewright.stats.reliability.MeasurementReliability;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/** Data that no estimate can come from give a message with the reason, never an exception. */
class SingularDataTest {

	private static final Framework PARTNERSHIPS = FrameworkFixtures.example("sme-partnerships.fwk");
	private static final Framework ALLIANCES = FrameworkFixtures.example("sme-alliances.fwk");

	private static Problem failure(Result<?> result) {
		assertFalse(result.isOk(), result::toString);
		return result.errors().get(0);
	}

	private static Result<PathEstimates> fromTable(String table, int n) {
		return SummaryData.parse("table.txt", table, n, SummaryData.Level.CONSTRUCT).then(data -> CompositePathModel.estimate(data, PARTNERSHIPS));
	}

	@Test
	void perfectlyCorrelatedPredictors() {
		Problem problem = failure(fromTable("IS 1\nSP .7 1\nA .7 1 1\nMC .8 .6 .6 1\nKT .6 .5 .5 .6 1\n", 152));
		assertEquals(StatsIssueCodes.SINGULAR_MATRIX, problem.code());
		assertEquals("The covariance matrix of the predictors of IS cannot be inverted: SP and A are perfectly correlated (r = 1.000), so"
				+ " their separate effects cannot be told apart.", problem.message());
	}

	@Test
	void aPredictorThatIsALinearCombinationOfOthers() {
		// MC = (SP + A) / sqrt(2 + 2 * .5): its correlations with the rest follow, and Rxx is singular.
		double s = Math.sqrt(3);
		String table = String.format(java.util.Locale.ROOT, "IS 1%nSP .5 1%nA .5 .5 1%nMC %.17f %.17f %.17f 1%nKT .3 .3 .3 %.17f 1%n", 1 / s,
				1.5 / s, 1.5 / s, .6 / s);
		Problem problem = failure(fromTable(table, 152));
		assertEquals(StatsIssueCodes.SINGULAR_MATRIX, problem.code());
		assertTrue(problem.message().contains("is an exact linear combination of"), problem::message);
		assertTrue(problem.message().contains("MC") && problem.message().contains("SP") && problem.message().contains("A"), problem::message);
	}

	@Test
	void correlationsNoDataCanGive() {
		Problem problem = failure(fromTable("IS 1\nSP .9 1\nA .9 -.9 1\nMC .3 .3 .3 1\nKT .3 .3 .3 .3 1\n", 152));
		assertEquals(StatsIssueCodes.NOT_POSITIVE_DEFINITE, problem.code());
		assertTrue(problem.message().contains("typing error in the table"), problem::message);
	}

	@Test
	void tooFewCasesForTheNumberOfPredictors() {
		Problem problem = failure(fromTable("IS 1\nSP .7 1\nA .7 .6 1\nMC .8 .6 .6 1\nKT .6 .5 .5 .6 1\n", 5));
		assertEquals(StatsIssueCodes.TOO_FEW_CASES, problem.code());
		assertEquals("The regression of IS on 4 predictors needs at least 6 cases (N - k - 1 >= 1), but there are 5.", problem.message());
	}

	@Test
	void anItemWithoutVarianceWarnsInAlphaAndAConstantCompositeStopsItsRegression() {
		StringBuilder csv = new StringBuilder("MO1,MO2,MO3,MO4,AL1,AL2,AL3,IP1,IP2,IP3,SIZE\n");
		for (int i = 0; i < 30; i++) {
			int a = 1 + i % 5;
			int b = 1 + (i * 7) % 5;
			csv.append(a).append(',').append(b).append(",3,").append(6 - a).append(",3,3,3,").append(b).append(',').append(a).append(',')
					.append(1 + (i * 3) % 5).append(',').append(10 + i).append('\n');
		}
		ResponseData data = ResponseData.parse("constant.csv", csv.toString(), ALLIANCES).get();
		Result<ReliabilityReport> reliability = MeasurementReliability.of(data, ALLIANCES, Htmt.Mean.ARITHMETIC);
		assertTrue(reliability.isOk(), reliability::toString);
		assertTrue(reliability.problems().stream().anyMatch(p -> p.code().equals(StatsIssueCodes.ZERO_VARIANCE) && p.column().equals("MO3")),
				reliability::toString);
		assertTrue(reliability.problems().stream().anyMatch(p -> p.message().startsWith("No item of AL varies")), reliability::toString);
		Result<PathEstimates> estimates = CompositePathModel.estimate(data, ALLIANCES);
		assertFalse(estimates.isOk());
		assertEquals(List.of("The covariance matrix of the predictors of IP cannot be inverted: AL has no variance (every case has the same"
				+ " value), so it says nothing about differences between cases.", "The outcome AL has no variance (every case has the same"
				+ " value), so there is nothing for its predictors to explain."), estimates.errors().stream().map(Problem::message).toList());
		assertTrue(estimates.errors().stream().allMatch(p -> p.code().equals(StatsIssueCodes.ZERO_VARIANCE)));
	}

	@Test
	void askingForVariablesTheDataDoNotHaveOrFromTooFewCases() {
		Moments moments = Moments.of(List.of("x", "y"), List.of(new double[] { 1, 2, 4 }, new double[] { 2, 1, 3 }));
		Problem absent = failure(LeastSquares.fit(moments, "y", List.of("x", "z")));
		assertEquals(StatsIssueCodes.MISSING_VARIABLE, absent.code());
		assertEquals("The regression of y needs z, which the data do not have; they have x and y.", absent.message());
		Moments one = Moments.of(List.of("a", "b"), List.of(new double[] { 1 }, new double[] { 2 }));
		assertEquals("Cronbach's alpha of C needs at least 2 cases, but there is 1.",
				failure(CronbachAlpha.of("C", one, List.of("a", "b"))).message());
	}
}
