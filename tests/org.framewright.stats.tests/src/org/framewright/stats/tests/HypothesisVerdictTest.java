package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framewright.model.Framework;
import org.framewright.model.structure.ExpectedSign;
import org.framewright.stats.Result;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.verdict.CompositeEstimates;
import org.framewright.stats.verdict.Estimate;
import org.framewright.stats.verdict.EstimateSource;
import org.framewright.stats.verdict.HypothesisJudge;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.Verdict;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hypothesis judged by the quantity that answers it, one-sided where it states a direction: a direct effect by
 * its path, a mediation by its indirect effect (a Monte Carlo interval, checked against R's own draws), and a
 * significant effect against the stated direction called "opposite sign", never "supported".
 */
class HypothesisVerdictTest {

	@TempDir
	Path folder;

	/**
	 * Example (b) from the paper's own correlation table. The paper supports H3 ("market-specific challenges have a
	 * negative effect") with beta = .476, t = 6.9: a significant positive effect is the opposite of the hypothesis.
	 * H4 and H5 (mediations through knowledge transfer) are judged by their indirect effects, whose b path KT -> IS
	 * (beta .087, t 1.6) is not significant: neither mediation is supported.
	 */
	@Test
	void thePublishedCaseIsJudgedByTheRightQuantitiesWithH3OfTheOppositeSign() {
		Framework framework = FrameworkFixtures.example("sme-partnerships.fwk");
		Result<SummaryData> table = SummaryData.parse("sme-partnerships-correlations.txt", PublishedCaseTest.TABLE, 152, SummaryData.Level.CONSTRUCT);
		Result<PathEstimates> estimates = CompositePathModel.estimate(table.get(), framework);
		assertTrue(estimates.isOk(), estimates::toString);
		List<HypothesisVerdict> verdicts = HypothesisJudge.judge(framework, new CompositeEstimates(estimates.get()));
		verdicts.forEach(System.out::println);
		assertEquals(List.of("H1", "H2", "H3", "H4", "H5"), verdicts.stream().map(HypothesisVerdict::hypothesis).toList());
		assertEquals(List.of(Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.OPPOSITE_SIGN, Verdict.NOT_SUPPORTED, Verdict.NOT_SUPPORTED),
				verdicts.stream().map(HypothesisVerdict::verdict).toList());
		HypothesisVerdict h3 = verdicts.get(2);
		assertEquals(ExpectedSign.NEGATIVE, h3.expected());
		assertEquals(0.476, h3.estimate(), 0.0015, "the paper's beta, from its rounded table");
		assertTrue(h3.p() > 0.99, "one-sided in the stated (negative) direction: " + h3);
		HypothesisVerdict h4 = verdicts.get(3);
		assertEquals("indirect effect SP -> KT -> IS", h4.quantity());
		assertEquals(ExpectedSign.TWO_SIDED, h4.expected(), "no hypothesis states the sign of SP -> KT or KT -> IS");
		assertTrue(h4.lower() < 0 && h4.upper() > 0, "the 95% interval of the indirect effect holds zero: " + h4);
		assertEquals("indirect effect A -> KT -> IS", verdicts.get(4).quantity());
	}

	/*
	 * Example (d) on given estimates: EO -> OL 0.5, OL -> IC 0.5, IC -> EP 0.4 (SE 0.1 each) and EO -> EP -0.3 (SE 0.1)
	 * against H4's "positive". The serial indirect effect's Monte Carlo interval (90%, H5 being directional) agrees
	 * with R's quantiles of a million draws of the same product of normals within the Monte Carlo error of 20,000
	 * draws: the standard error of a 5% quantile is sqrt(.05 * .95 / 20000) / f(q), about 0.003 here, so 0.01 is
	 * over three standard errors.
	 */
	@Test
	void aSerialIndirectEffectsMonteCarloIntervalAgreesWithR() {
		Map<String, Estimate> paths = Map.of("EO->OL", Estimate.normal(0.5, 0.1), "OL->IC", Estimate.normal(0.5, 0.1), "IC->EP", Estimate.normal(0.4, 0.1),
				"EO->EP", Estimate.normal(-0.3, 0.1));
		List<HypothesisVerdict> verdicts = HypothesisJudge.judge(FrameworkFixtures.example("serial-mediation.fwk"), new GivenPaths(paths));
		verdicts.forEach(System.out::println);
		assertEquals(List.of(Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.OPPOSITE_SIGN, Verdict.SUPPORTED),
				verdicts.stream().map(HypothesisVerdict::verdict).toList());
		HypothesisVerdict h4 = verdicts.get(3);
		assertEquals(0.90, h4.level(), 0);
		assertEquals(-0.3 - 1.6448536 * 0.1, h4.lower(), 1e-6, "the 90% z interval");
		assertEquals(0.9986501, h4.p(), 1e-6, "one-sided p in the stated direction: P(Z >= -3)");
		HypothesisVerdict h5 = verdicts.get(4);
		assertEquals(0.1, h5.estimate(), 1e-12);
		RNumbers r = RNumbers.run(folder, """
				set.seed(1)
				n <- 1e6
				x <- rnorm(n, 0.5, 0.1) * rnorm(n, 0.5, 0.1) * rnorm(n, 0.4, 0.1)
				put("lower", unname(quantile(x, 0.05, type = 1)))
				put("upper", unname(quantile(x, 0.95, type = 1)))
				put("p", mean(x <= 0))
				""");
		r.assertAgrees("lower", h5.lower(), 0.01);
		r.assertAgrees("upper", h5.upper(), 0.01);
		r.assertAgrees("p", h5.p(), 0.002);
		assertEquals(h5.lower(), HypothesisJudge.judge(FrameworkFixtures.example("serial-mediation.fwk"), new GivenPaths(paths)).get(4).lower(), 0,
				"a fixed seed gives the same interval");
	}

	/** Estimates given by path, as an estimation would give them. */
	private record GivenPaths(Map<String, Estimate> paths) implements EstimateSource {

		@Override
		public Optional<Estimate> path(String cause, String effect) {
			return Optional.ofNullable(paths.get(cause + "->" + effect));
		}

		@Override
		public String method() {
			return "given";
		}
	}
}
