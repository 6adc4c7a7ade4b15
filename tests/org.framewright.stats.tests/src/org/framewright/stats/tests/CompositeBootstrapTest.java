package org.framewright.stats.tests;

import static org.framewright.stats.tests.SampleStatistics.sd;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapQuantity;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.CaseBootstrap;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.ResampledModel;
import org.framewright.stats.bootstrap.SemBootstrap;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.report.BootstrapTable;
import org.framewright.stats.report.HtmlReport;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.stats.study.StudyAnalysis;
import org.framewright.stats.study.StudyResults;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.Verdict;
import org.framewright.testing.FrameworkFixtures;
import org.framewright.testing.ModeratedMediationSample;
import org.junit.jupiter.api.Test;

/**
 * One resampling of the cases drives the structural equation model and the composite path model of a first-stage
 * moderated mediation ({@link ModeratedMediationSample}, 400 cases): the draws are the same on any number of
 * threads, the structural model's draws are the same with or without the composite model beside it, the moderated
 * mediation is judged by the bootstrap of its index, and a draw the composite model cannot refit is counted and
 * left out.
 */
class CompositeBootstrapTest {

	private static final Framework FRAMEWORK = FrameworkFixtures.parse("export-alliances.fwk", ModeratedMediationSample.FRAMEWORK);
	private static final ResponseData DATA = ResponseData.parse("answers.csv", ModeratedMediationSample.answers(400, 1), FRAMEWORK).get();
	private static final String INDEX = "index of moderated mediation of H3 (EX, first stage)";

	@Test
	void oneThreadAndTwoThreadsGiveIdenticalDrawsOfBothModels() {
		BootstrapOptions options = new BootstrapOptions(500, 42, 1);
		BootstrapResult one = both(options);
		BootstrapResult two = both(options.withThreads(2));
		assertEquals(one.admissible(), two.admissible());
		assertEquals(one.distributions().size(), two.distributions().size());
		assertTrue(one.distribution(INDEX).isPresent() && one.distribution("IP ~ AL").isPresent(), one.distributions()::toString);
		for (int i = 0; i < one.distributions().size(); i++) {
			BootstrapDistribution a = one.distributions().get(i);
			BootstrapDistribution b = two.distributions().get(i);
			assertEquals(a.name(), b.name());
			assertArrayEquals(a.sortedDraws(), b.sortedDraws(), a.name());
			assertEquals(a.acceleration(), b.acceleration(), a.name());
			assertEquals(a.biasCorrectedAccelerated(0.95), b.biasCorrectedAccelerated(0.95), a.name());
		}
	}

	@Test
	void theStructuralModelsDrawsAreTheSameWithTheCompositeModelBesideIt() {
		BootstrapOptions options = new BootstrapOptions(300, 9, 2);
		BootstrapResult together = both(options);
		BootstrapResult alone = SemBootstrap.run(FRAMEWORK, sem(), DATA, options, ProgressListener.NONE).get();
		assertEquals(alone.admissible(), together.admissible(), "no draw failed for either model");
		for (BootstrapDistribution structural : alone.distributions()) {
			BootstrapDistribution same = together.distribution(structural.name()).orElseThrow();
			assertArrayEquals(structural.sortedDraws(), same.sortedDraws(), structural.name());
			assertEquals(structural.estimate(), same.estimate(), structural.name());
		}
	}

	@Test
	void theCompositeQuantitiesAreItsCoefficientsAndTheirProducts() {
		BootstrapResult result = CaseBootstrap.run(List.of(ResampledModel.composite(FRAMEWORK, DATA).get()), new BootstrapOptions(200, 3, 2),
				ProgressListener.NONE).get();
		PathEstimates composite = org.framewright.stats.regression.CompositePathModel.estimate(DATA, FRAMEWORK).get();
		double a = composite.regression("AL").orElseThrow().coefficient("MO").orElseThrow().estimate();
		double interaction = composite.regression("AL").orElseThrow().coefficient("MO_x_EX").orElseThrow().estimate();
		double b = composite.regression("IP").orElseThrow().coefficient("AL").orElseThrow().estimate();
		double[] ex = compositeOfEx();
		double sd = sd(ex);
		assertEquals(interaction, result.distribution("AL ~ MO_x_EX").get().estimate(), 1e-12);
		assertEquals(a + sd * interaction, result.distribution("MO -> AL at EX = mean + 1 SD").get().estimate(), 1e-12);
		assertEquals(a, result.distribution("MO -> AL at EX = mean").get().estimate(), 1e-12);
		assertEquals(interaction * b, result.distribution(INDEX).get().estimate(), 1e-12);
		assertEquals((a - sd * interaction) * b, result.distribution("MO -> AL -> IP at EX = mean - 1 SD").get().estimate(), 1e-12);
		assertEquals(BootstrapQuantity.Kind.CONDITIONAL_INDIRECT, result.distribution("MO -> AL -> IP at EX = mean - 1 SD").get().kind());
	}

	/**
	 * A second hypothesis that EX also moderates the second stage: the conditional indirect effect then takes both
	 * stages at EX's level, (a + k sd a_x) (b + k sd b_x), and each stage keeps its own index.
	 */
	@Test
	void aChainModeratedAtBothStagesTakesBothAtTheModeratorsLevel() {
		Framework both = FrameworkFixtures.parse("export-alliances.fwk", ModeratedMediationSample.FRAMEWORK
				+ "hypothesis H5: EX moderates second stage of H3 strengthens\n");
		ResponseData data = ResponseData.parse("answers.csv", ModeratedMediationSample.answers(400, 1), both).get();
		BootstrapResult result = CaseBootstrap.run(List.of(ResampledModel.composite(both, data).get()), new BootstrapOptions(100, 3, 2),
				ProgressListener.NONE).get();
		PathEstimates composite = org.framewright.stats.regression.CompositePathModel.estimate(data, both).get();
		double a = composite.regression("AL").orElseThrow().coefficient("MO").orElseThrow().estimate();
		double aX = composite.regression("AL").orElseThrow().coefficient("MO_x_EX").orElseThrow().estimate();
		double b = composite.regression("IP").orElseThrow().coefficient("AL").orElseThrow().estimate();
		double bX = composite.regression("IP").orElseThrow().coefficient("AL_x_EX").orElseThrow().estimate();
		double sd = sd(compositeOfEx());
		assertEquals((a + sd * aX) * (b + sd * bX), result.distribution("MO -> AL -> IP at EX = mean + 1 SD").get().estimate(), 1e-12);
		assertEquals((a - sd * aX) * (b - sd * bX), result.distribution("MO -> AL -> IP at EX = mean - 1 SD").get().estimate(), 1e-12);
		assertEquals(aX * b, result.distribution(INDEX).get().estimate(), 1e-12);
		assertEquals(a * bX, result.distribution("index of moderated mediation of H3 (EX, second stage)").get().estimate(), 1e-12);
	}

	@Test
	void aModeratedMediationIsJudgedByTheBootstrapOfItsIndex() {
		Result<StudyResults> analysed = StudyAnalysis.of(FRAMEWORK, DATA, new BootstrapOptions(1000, 11, 2), ProgressListener.NONE);
		assertTrue(analysed.isOk(), analysed::toString);
		StudyResults study = analysed.get();
		HypothesisVerdict h4 = study.verdicts().get(3);
		assertEquals("H4", h4.hypothesis());
		assertEquals("index of moderated mediation of H3", h4.quantity());
		assertTrue(h4.test().startsWith("bootstrap, 1000 draws"), h4::toString);
		BootstrapDistribution index = study.bootstrap().orElseThrow().distribution(INDEX).orElseThrow();
		assertEquals(index.estimate(), h4.estimate());
		assertEquals(index.percentile(h4.level()).lower(), h4.lower());
		assertEquals(index.shareAtOrBelow(0), h4.p(), "p is the share of draws on the wrong side of zero");
		assertEquals(Verdict.SUPPORTED, h4.verdict(), h4::toString);
		assertTrue(study.method().contains("moderated mediations by a bootstrap of the cases"), study.method());
		// The moderation's own verdict is not a product: without a bootstrap, the index is judged by Monte Carlo draws.
		HypothesisVerdict unresampled = StudyAnalysis.of(FRAMEWORK, DATA).get().verdicts().get(3);
		assertTrue(unresampled.test().startsWith("Monte Carlo"), unresampled::toString);
		assertEquals(index.estimate(), unresampled.estimate(), 1e-12);

		String table = BootstrapTable.of(study.bootstrap().get());
		assertTrue(table.contains("Indices of moderated mediation (composite scores, OLS):\n" + INDEX), table);
		String report = HtmlReport.of(FRAMEWORK, study, null);
		assertTrue(report.contains("<tr class=\"kind\"><th colspan=\"7\">Conditional indirect effects"), "grouped by kind in the report");
		assertTrue(report.contains("<td>MO -&gt; AL -&gt; IP at EX = mean + 1 SD</td>"), "the conditional indirect effects in the report");
	}

	@Test
	void aDrawWithoutACategoryOfADummyIsCountedAsSingularAndLeftOut() {
		Framework framework = FrameworkFixtures.parse("industry.fwk", ModeratedMediationSample.FRAMEWORK.replace("control SIZE \"Number of employees\" numeric",
				"control SIZE \"Number of employees\" numeric\nscale Industry categorical { 1 \"Manufacturing\" 2 \"Services\" }\n"
						+ "control IND \"Industry\" categorical scale Industry"));
		StringBuilder csv = new StringBuilder();
		List<String> lines = ModeratedMediationSample.answers(400, 1).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			// Two services firms among 400: a resample lacks both with probability (1 - 2/400)^400, about e^-2 = 13.5%.
			csv.append(lines.get(i)).append(i == 0 ? ",IND" : i <= 2 ? ",2" : ",1").append('\n');
		}
		ResponseData data = ResponseData.parse("industry.csv", csv.toString(), framework).get();
		Result<BootstrapResult> run = CaseBootstrap.run(List.of(ResampledModel.composite(framework, data).get()), new BootstrapOptions(1000, 4, 2),
				ProgressListener.NONE);
		assertTrue(run.isOk(), run::toString);
		BootstrapResult result = run.get();
		System.out.println("a dummy with 2 cases of 400: " + result.singular() + " of 1000 draws singular");
		assertEquals(result.failed(), result.singular());
		// 1000 draws at 13.5%: 135 expected, standard deviation 11.
		assertTrue(result.singular() > 90 && result.singular() < 180, result::toString);
		assertEquals(result.admissible(), result.distribution(INDEX).get().draws());
		assertTrue(run.problems().stream().anyMatch(p -> p.code().equals(StatsIssueCodes.BOOTSTRAP_DRAWS_FAILED)), run::toString);
	}

	private static BootstrapResult both(BootstrapOptions options) {
		Result<BootstrapResult> run = CaseBootstrap.run(List.of(ResampledModel.structural(FRAMEWORK, sem(), DATA),
				ResampledModel.composite(FRAMEWORK, DATA).get()), options, ProgressListener.NONE);
		assertTrue(run.isOk(), run::toString);
		return run.get();
	}

	private static SemEstimates sem() {
		return SemSpecification.structural(FRAMEWORK).then(model -> SemEstimator.fit(model, DATA)).get();
	}

	private static double[] compositeOfEx() {
		double[] ex = new double[DATA.size()];
		for (String item : List.of("EX1", "EX2", "EX3")) {
			double[] column = DATA.column(item);
			for (int c = 0; c < ex.length; c++) {
				ex[c] += column[c] / 3;
			}
		}
		return ex;
	}

}
