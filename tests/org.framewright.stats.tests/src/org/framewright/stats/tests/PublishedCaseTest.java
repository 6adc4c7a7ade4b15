package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/**
 * The published case of example (b): from the paper's correlation table of its composite scores (N = 152), the
 * regression of internationalization success on strategic partnerships, alliances, market-specific challenges and
 * knowledge transfer reproduces the paper's coefficient table.
 */
class PublishedCaseTest {

	/** The paper's table as printed: lower triangle, names in the first column. */
	static final String TABLE = """
			IS  1
			SP  .713  1
			A   .776  .717  1
			MC  .831  .663  .762  1
			KT  .631  .529  .590  .652  1
			""";

	private static final List<String> PREDICTORS = List.of("SP", "A", "MC", "KT");
	private static final double[] BETA = { .189, .226, .476, .087 };
	private static final double[] SE = { .060, .070, .069, .054 };
	private static final double[] T = { 3.138, 3.242, 6.911, 1.608 };

	/**
	 * The paper computed from raw data and printed 3 decimals; the table it prints carries correlations rounded to
	 * 3 decimals (errors up to 0.0005 each). Through Rxx^-1 that moves a beta or SE by up to about 0.0015 (MC: .477
	 * here against .476 printed), and t by up to about 0.015 (KT: 1.595 against 1.608).
	 */
	private static final double COEFFICIENT_ROUNDING = 0.0015;
	private static final double T_ROUNDING = 0.015;

	@Test
	void reproducesThePapersCoefficientTable() {
		Framework framework = FrameworkFixtures.example("sme-partnerships.fwk");
		Result<SummaryData> table = SummaryData.parse("sme-partnerships-correlations.txt", TABLE, 152, SummaryData.Level.CONSTRUCT);
		assertTrue(table.isOk(), table::toString);
		Result<PathEstimates> estimates = CompositePathModel.estimate(table.get(), framework);
		assertTrue(estimates.isOk(), estimates::toString);
		RegressionResult is = estimates.get().regression("IS").orElseThrow();
		assertEquals(PREDICTORS, is.coefficients().stream().map(Coefficient::term).toList(), "no intercept without means");
		assertTrue(is.standardizedOnly());
		StringBuilder report = new StringBuilder("IS on SP, A, MC, KT from the published table:");
		for (int j = 0; j < PREDICTORS.size(); j++) {
			Coefficient c = is.coefficient(PREDICTORS.get(j)).orElseThrow();
			assertEquals(BETA[j], c.standardized(), COEFFICIENT_ROUNDING, "beta of " + c.term());
			assertEquals(SE[j], c.standardizedError(), COEFFICIENT_ROUNDING, "SE of " + c.term());
			assertEquals(T[j], c.t(), T_ROUNDING, "t of " + c.term());
			assertEquals(c.estimate(), c.standardized(), 0, "only standardized estimates from correlations");
			report.append(String.format(" %s beta=%.4f SE=%.4f t=%.3f p=%.4g VIF=%.3f;", c.term(), c.standardized(), c.standardizedError(), c.t(),
					c.p(), c.vif()));
		}
		report.append(String.format(" R2=%.4f adjR2=%.4f F=%.2f", is.rSquared(), is.adjustedRSquared(), is.fStatistic()));
		System.out.println(report);
		assertEquals(0.7611, is.rSquared(), 0.0001, "R² from the same table, as R computes it");
		assertEquals(147, is.residualDf());
	}

	@Test
	void theSameTableReadsAsCsvWithAHeaderAndAsAFullMatrix() {
		String csv = """
				,IS,SP,A,MC,KT
				IS,1,,,,
				SP,.713,1,,,
				A,.776,.717,1,,
				MC,.831,.663,.762,1,
				KT,.631,.529,.590,.652,1
				""";
		String full = """
				IS SP A MC KT
				1 .713 .776 .831 .631
				.713 1 .717 .663 .529
				.776 .717 1 .762 .590
				.831 .663 .762 1 .652
				.631 .529 .590 .652 1
				""";
		double[][] expected = SummaryData.parse("t.txt", TABLE, 152, SummaryData.Level.CONSTRUCT).get().matrix();
		for (String text : List.of(csv, full)) {
			Result<SummaryData> table = SummaryData.parse("t", text, 152, SummaryData.Level.CONSTRUCT);
			assertTrue(table.isOk(), table::toString);
			assertEquals(List.of("IS", "SP", "A", "MC", "KT"), table.get().names());
			for (int i = 0; i < 5; i++) {
				for (int j = 0; j < 5; j++) {
					assertEquals(expected[i][j], table.get().matrix()[i][j], 0);
				}
			}
		}
	}
}
