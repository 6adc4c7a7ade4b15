package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.power.PowerAnalysis;
import org.framewright.stats.power.PowerResults;
import org.framewright.stats.power.PowerSettings;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemOptions;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power by simulation from the study plan of example (d) (EO -> OL 0.4, OL -> IC 0.4, IC -> EP 0.3, EO -> EP 0.15,
 * one-tailed, loadings 0.7 but IC's, which follow from its reliability .85): the population is the one planned, the
 * powers do not depend on the threads, and they agree with lavaan fitting samples of the same population in R.
 */
class PowerAnalysisTest {

	private static final Framework SERIAL = FrameworkFixtures.example("serial-mediation.fwk");

	@TempDir
	Path folder;

	/** Fitted to the population covariance itself, the model's standardized solution is the plan. */
	@Test
	void thePopulationIsThePlannedOne() {
		PowerAnalysis.Population population = PowerAnalysis.population(SERIAL).get();
		Moments moments = new Moments(population.observed(), population.covariance(), null, 100_000, false);
		SemEstimates fit = SemSpecification.structural(SERIAL).then(model -> SemEstimator.fit(model, moments, SemOptions.DEFAULT)).get();
		// Exact up to the divisor N / (N - 1) of the ML covariance and the optimizer's tolerance.
		double tolerance = 1e-4;
		assertEquals(0.4, fit.estimate("OL", "~", "EO").orElseThrow().standardized(), tolerance);
		assertEquals(0.4, fit.estimate("IC", "~", "OL").orElseThrow().standardized(), tolerance);
		assertEquals(0.3, fit.estimate("EP", "~", "IC").orElseThrow().standardized(), tolerance);
		assertEquals(0.15, fit.estimate("EP", "~", "EO").orElseThrow().standardized(), tolerance);
		assertEquals(0.7, fit.estimate("EO", "=~", "EO2").orElseThrow().standardized(), tolerance);
		assertEquals(0, fit.fit().chiSquare(), 1e-3, "the model reproduces its population");
	}

	@Test
	void oneAndTwoThreadsGiveTheSamePowers() {
		PowerResults one = PowerAnalysis.run(SERIAL, new PowerSettings(List.of(80, 120), 60, 7, 1, 500), replications -> { }).get();
		PowerResults two = PowerAnalysis.run(SERIAL, new PowerSettings(List.of(80, 120), 60, 7, 2, 500), replications -> { }).get();
		assertEquals(one.rows(), two.rows());
	}

	/** Optionally each replication's cases are simulated and bootstrapped, as the analysis would with --bootstrap. */
	@Test
	void indirectEffectsCanBeJudgedByABootstrapInsideTheLoop() {
		PowerSettings settings = new PowerSettings(List.of(150), 24, 3, 2, 500, 200);
		PowerResults bootstrapped = PowerAnalysis.run(SERIAL, settings, replications -> { }).get();
		PowerResults again = PowerAnalysis.run(SERIAL, new PowerSettings(List.of(150), 24, 3, 1, 500, 200), replications -> { }).get();
		assertEquals(bootstrapped.rows(), again.rows(), "the same powers on one thread");
		PowerResults.Row row = bootstrapped.rows().get(0);
		assertEquals(24, row.replications());
		assertTrue(row.power().get("H5") > 0.3, "a serial indirect effect of .048 at N = 150 is found often: " + row);
		assertTrue(row.power().get("H1") > 0.8, row.toString());
	}

	/** The listener hears every replication done, on the starting thread, and can stop the analysis. */
	@Test
	void aListenerSeesTheReplicationsAndCanCancel() {
		PowerSettings settings = new PowerSettings(List.of(80, 120), 150, 7, 2, 500);
		int[] last = { 0, 0 };
		Thread starter = Thread.currentThread();
		Result<PowerResults> done = PowerAnalysis.run(SERIAL, settings, new ProgressListener() {
			@Override
			public void progress(int finished, int total) {
				assertEquals(starter, Thread.currentThread(), "reported on the thread that started the analysis");
				assertTrue(finished >= last[0], "never backwards");
				last[0] = finished;
				last[1] = total;
			}
		});
		assertTrue(done.isOk(), done::toString);
		assertEquals(List.of(300, 300), List.of(last[0], last[1]), "every replication of both sample sizes reported");
		Result<PowerResults> cancelled = PowerAnalysis.run(SERIAL, settings, new ProgressListener() {
			@Override
			public void progress(int finished, int total) {
			}

			@Override
			public boolean cancelled() {
				return true;
			}
		});
		assertTrue(!cancelled.isOk() && cancelled.errors().get(0).code().equals(StatsIssueCodes.POWER_CANCELLED), cancelled::toString);
	}

	@Test
	void aFrameworkWithoutAPlanIsRefused() {
		Result<PowerResults> results = PowerAnalysis.run(FrameworkFixtures.example("sme-alliances.fwk"),
				new PowerSettings(List.of(100), 10, 1, 1, 500), replications -> { });
		assertTrue(!results.isOk() && results.errors().get(0).code().equals(StatsIssueCodes.NO_PLAN), results::toString);
	}

	/*
	 * The same population sampled in R (MASS::mvrnorm from the covariance matrix Framewright plans), fitted by lavaan,
	 * each hypothesis judged as Framewright judges it (one-sided z tests of the paths; the indirect effect by a Monte
	 * Carlo interval from lavaan's estimates and their covariance). 300 replications at N = 100 on each side: a power
	 * near .5 has a standard error of .029 on each side, .041 for their difference, so .13 is over three of them.
	 */
	@Test
	void powersAgreeWithLavaanFittingTheSamePopulation() throws Exception {
		int n = 100;
		int replications = 300;
		PowerAnalysis.Population population = PowerAnalysis.population(SERIAL).get();
		String sigma = RNumbers.matrix("sigma", population.observed(), population.covariance());
		RNumbers r = RNumbers.run(folder, sigma + String.format(Locale.ROOT, """
				set.seed(11)
				model <- '
				EO =~ EO1 + EO2 + EO3
				OL =~ OL1 + OL2 + OL3
				IC =~ IC1 + IC2 + IC3
				EP =~ EP1 + EP2 + EP3
				OL ~ a*EO
				IC ~ b*OL
				EP ~ c*IC + d*EO
				'
				supported <- c(H1 = 0, H2 = 0, H3 = 0, H4 = 0, H5 = 0)
				done <- 0
				for (rep in 1:%d) {
				  d <- as.data.frame(MASS::mvrnorm(%d, rep(0, ncol(sigma)), sigma))
				  fit <- tryCatch(sem(model, d), error = function(e) NULL, warning = function(w) NULL)
				  if (is.null(fit) || !lavInspect(fit, "converged")) next
				  done <- done + 1
				  est <- coef(fit); se <- sqrt(diag(vcov(fit)))
				  z <- est[c("a", "b", "c", "d")] / se[c("a", "b", "c", "d")]
				  supported[c("H1", "H2", "H3", "H4")] <- supported[c("H1", "H2", "H3", "H4")] + (pnorm(z, lower.tail = FALSE) < 0.05)
				  draws <- MASS::mvrnorm(2000, est[c("a", "b", "c")], vcov(fit)[c("a", "b", "c"), c("a", "b", "c")])
				  supported[["H5"]] <- supported[["H5"]] + (mean(draws[, 1] * draws[, 2] * draws[, 3] <= 0) < 0.05)
				}
				for (h in names(supported)) put(h, supported[[h]] / done)
				put("done", done)
				""", replications, n));
		PowerResults ours = PowerAnalysis.run(SERIAL, new PowerSettings(List.of(n), replications, 11, 2, 2000), done -> { }).get();
		StringBuilder report = new StringBuilder("power at N = 100, Framewright against lavaan:");
		for (String h : List.of("H1", "H2", "H3", "H4", "H5")) {
			double power = ours.rows().get(0).power().get(h);
			report.append(String.format(Locale.ROOT, " %s %.3f/%.3f", h, power, r.get(h)));
			r.assertAgrees(h, power, 0.13);
		}
		System.out.println(report + " (lavaan converged in " + (int) r.get("done") + " of " + replications + ")");
		Files.writeString(folder.resolve("report.txt"), report);
	}
}
