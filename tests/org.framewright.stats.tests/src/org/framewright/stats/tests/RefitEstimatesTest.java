package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.stats.sem.WarmStartFit;
import org.framewright.stats.verdict.Estimate;
import org.framewright.stats.verdict.RefitEstimateSource;
import org.framewright.stats.verdict.SemEstimateSource;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free standard errors of a refit (what a power analysis judges each replication by) are those of
 * the full estimation: the same expected information, inverted alike, on the real responses of example (a).
 */
class RefitEstimatesTest {

	private static final Framework ALLIANCES = FrameworkFixtures.example("sme-alliances.fwk");

	@Test
	void aRefitsCovarianceOfEstimatesIsTheEstimators() {
		ResponseData data = ResponseData.read(FrameworkFixtures.EXAMPLES.resolve("sme-alliances-responses.csv"), ALLIANCES).get();
		SemModel model = SemSpecification.structural(ALLIANCES).get();
		SemEstimates full = SemEstimator.fit(model, data).get();
		Moments moments = data.moments(model.observed());
		double[] start = full.freeEstimates().stream().mapToDouble(ParameterEstimate::estimate).toArray();
		// Start a little off the optimum, as a simulation's refit does.
		for (int k = 0; k < start.length; k++) {
			start[k] *= 1.05;
		}
		WarmStartFit refit = new WarmStartFit(model, moments.n());
		SemEstimates expected = SemEstimator.refit(refit, moments, start).get();
		int q = start.length;
		double[][] covariance = new double[q][q];
		assertTrue(refit.covarianceOfEstimates(moments.n(), covariance));
		for (int k = 0; k < q; k++) {
			assertEquals(expected.freeEstimates().get(k).estimate(), refit.estimate(k), 1e-12);
			for (int l = 0; l < q; l++) {
				double scale = Math.sqrt(expected.covarianceOfEstimates(k, k) * expected.covarianceOfEstimates(l, l));
				assertEquals(expected.covarianceOfEstimates(k, l), covariance[k][l], 1e-9 * scale, "covariance of estimates " + k + ", " + l);
			}
		}
		SemEstimateSource reference = new SemEstimateSource(expected);
		RefitEstimateSource source = new RefitEstimateSource(RefitEstimateSource.Paths.of(model), refit, covariance);
		int paths = 0;
		for (ParameterEstimate e : expected.freeEstimates()) {
			if (e.op().equals("~")) {
				Estimate a = reference.path(e.rhs(), e.lhs()).orElseThrow();
				Estimate b = source.path(e.rhs(), e.lhs()).orElseThrow();
				assertEquals(a.value(), b.value(), 1e-12, e.toString());
				assertEquals(a.standardError(), b.standardError(), 1e-9 * a.standardError(), e.toString());
				paths++;
			}
		}
		assertTrue(paths >= 4, "the model's paths were compared: " + paths);
		List<String> chain = List.of("MO", "AL", "IP");
		Estimate first = source.path(chain.get(0), chain.get(1)).orElseThrow();
		Estimate second = source.path(chain.get(1), chain.get(2)).orElseThrow();
		assertEquals(reference.covariance(reference.path("MO", "AL").get(), reference.path("AL", "IP").get()), source.covariance(first, second),
				1e-9 * first.standardError() * second.standardError());
	}
}
