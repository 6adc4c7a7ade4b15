package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapQuantity;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.SemBootstrap;
import org.framewright.stats.data.ResponseData;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/** The same seed gives bit-identical draws and intervals whatever the number of threads; another seed other draws. */
class BootstrapDeterminismTest {

	private static final Framework ALLIANCES = FrameworkFixtures.example("sme-alliances.fwk");
	private static final ResponseData DATA = ResponseData.read(FrameworkFixtures.EXAMPLES.resolve("sme-alliances-responses.csv"), ALLIANCES).get();

	@Test
	void oneThreadAndTwoThreadsGiveIdenticalIntervals() {
		BootstrapOptions options = new BootstrapOptions(1000, 42, 1);
		BootstrapResult one = run(options);
		BootstrapResult two = run(options.withThreads(2));
		assertEquals(one.admissible(), two.admissible());
		assertEquals(one.distributions().size(), two.distributions().size());
		for (int i = 0; i < one.distributions().size(); i++) {
			BootstrapDistribution a = one.distributions().get(i);
			BootstrapDistribution b = two.distributions().get(i);
			assertEquals(a.name(), b.name());
			assertArrayEquals(a.sortedDraws(), b.sortedDraws(), a.name());
			assertEquals(a.percentile(0.95), b.percentile(0.95), a.name());
			assertEquals(a.biasCorrected(0.95), b.biasCorrected(0.95), a.name());
			assertEquals(a.biasCorrectedAccelerated(0.95), b.biasCorrectedAccelerated(0.95), a.name());
		}
	}

	@Test
	void givesEveryPathStandardizedPathIndirectAndTotalEffect() {
		BootstrapResult result = run(new BootstrapOptions(200, 7, 2));
		List<String> names = result.distributions().stream().map(BootstrapDistribution::name).toList();
		for (String expected : List.of("AL ~ MO", "IP ~ MO", "IP ~ AL", "AL ~ SIZE", "IP ~ SIZE", "AL ~ MO (std.all)", "MO -> AL -> IP", "MO => IP")) {
			assertTrue(names.contains(expected), expected + " in " + names);
		}
		BootstrapDistribution indirect = result.indirect(List.of("MO", "AL", "IP")).get();
		assertEquals(BootstrapQuantity.Kind.INDIRECT, indirect.kind());
		double product = result.distribution("AL ~ MO").get().estimate() * result.distribution("IP ~ AL").get().estimate();
		assertEquals(product, indirect.estimate(), 1e-12, "the indirect effect is the product of its paths");
		// The total effect of MO on IP is its direct path plus the one indirect route.
		assertEquals(result.distribution("IP ~ MO").get().estimate() + product, result.distribution("MO => IP").get().estimate(), 1e-12);
	}

	@Test
	void anotherSeedGivesOtherDraws() {
		BootstrapResult a = run(new BootstrapOptions(200, 1, 2));
		BootstrapResult b = run(new BootstrapOptions(200, 2, 2));
		assertNotEquals(a.distribution("AL ~ MO").get().percentile(0.95), b.distribution("AL ~ MO").get().percentile(0.95));
	}

	private static BootstrapResult run(BootstrapOptions options) {
		Result<BootstrapResult> result = SemBootstrap.run(ALLIANCES, DATA, options, ProgressListener.NONE);
		assertTrue(result.isOk(), result::toString);
		return result.get();
	}
}
