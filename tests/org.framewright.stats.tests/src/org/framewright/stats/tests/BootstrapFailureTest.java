package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.SemBootstrap;
import org.framewright.stats.data.ResponseData;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/** Draws that fail are counted by reason and left out; a cancelled bootstrap stops early and says so. */
class BootstrapFailureTest {

	private static final Framework ALLIANCES = FrameworkFixtures.example("sme-alliances.fwk");

	/**
	 * The first 40 cases of example (a)'s responses for 11 observed variables and 25 free parameters: the full sample
	 * still converges, but a resample keeps only about 25 distinct cases (40 (1 - 1/e)), and measured with seed 3,
	 * about a fifth of 1000 draws fail: some 185 with a negative variance, some 20 without converging. (With 30
	 * cases the full sample itself does not converge; from 80 cases on, only one or two draws in 1000 fail.)
	 */
	private static final int TINY_N = 40;

	@Test
	void failedDrawsOfATinySampleAreCountedAndLeftOut() throws IOException {
		List<String> lines = Files.readAllLines(FrameworkFixtures.EXAMPLES.resolve("sme-alliances-responses.csv"));
		String tiny = String.join("\n", lines.subList(0, TINY_N + 1)) + "\n";
		ResponseData data = ResponseData.parse("tiny.csv", tiny, ALLIANCES).get();
		Result<BootstrapResult> result = SemBootstrap.run(ALLIANCES, data, new BootstrapOptions(1000, 3, 2), ProgressListener.NONE);
		assertTrue(result.isOk(), result::toString);
		BootstrapResult bootstrap = result.get();
		System.out.println("N = " + TINY_N + ": " + bootstrap.failed() + " of 1000 draws failed (not converged " + bootstrap.notConverged()
				+ ", negative variance " + bootstrap.improper() + ", not positive definite " + bootstrap.singular() + ")");
		assertTrue(bootstrap.failed() > 0, "a tiny sample makes some draws fail");
		assertEquals(bootstrap.failed(), bootstrap.notConverged() + bootstrap.improper() + bootstrap.singular());
		assertEquals(bootstrap.admissible(), bootstrap.distribution("AL ~ MO").get().draws());
		assertTrue(result.problems().stream().anyMatch(p -> p.code().equals(StatsIssueCodes.BOOTSTRAP_DRAWS_FAILED)), result::toString);
	}

	@Test
	void cancellingStopsEarly() {
		ResponseData data = ResponseData.read(FrameworkFixtures.EXAMPLES.resolve("sme-alliances-responses.csv"), ALLIANCES).get();
		int draws = 1_000_000;
		AtomicInteger reported = new AtomicInteger();
		ProgressListener cancelAtOnce = new ProgressListener() {
			@Override
			public void progress(int done, int total) {
				reported.set(done);
			}

			@Override
			public boolean cancelled() {
				return true;
			}
		};
		long start = System.nanoTime();
		Result<BootstrapResult> result = SemBootstrap.run(ALLIANCES, data, new BootstrapOptions(draws, 5, 2), cancelAtOnce);
		double seconds = (System.nanoTime() - start) / 1e9;
		assertFalse(result.isOk());
		assertEquals(StatsIssueCodes.BOOTSTRAP_CANCELLED, result.errors().get(0).code());
		assertTrue(reported.get() < draws / 10, "stopped after " + reported.get() + " draws");
		// A million draws take minutes; a cancelled run returns within a second or two of its first progress report.
		assertTrue(seconds < 10, "took " + seconds + " s");
	}
}
