package org.framewright.stats.tests;

import static org.framewright.stats.tests.SampleStatistics.sd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.framewright.model.Framework;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.Interval;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.SemBootstrap;
import org.framewright.stats.data.ResponseData;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (a) simulated in R (the population model of {@link SemAlliancesAgreementTest}), bootstrapped by lavaan's
 * sem(se = "bootstrap", bootstrap = 500) and by ours with 500 draws: the 95% percentile intervals (lavaan's
 * boot.ci.type "perc") and bias-corrected intervals (lavaan's "bca.simple") of every path, of the indirect effect
 * MO -> AL -> IP and of the total effect of MO on IP agree within Monte Carlo error.
 * <p>
 * The two bootstraps draw different resamples, so their interval ends differ by the Monte Carlo error of 500 draws,
 * not by rounding. The test measures that error: the standard deviation of each end over 20 seeds of our
 * bootstrap. Measured on these data (N = 350): 0.008 to 0.04 for the paths among the constructs (2% to 8% of the
 * interval's width), 0.0005 for the paths from SIZE (in employees), 0.009 to 0.014 for the indirect and total
 * effects; the BC ends vary up to 1.5 times more than the percentile ones, since they sit further in the tail.
 * Two independent bootstraps differ by sqrt(2) times that; 4 sqrt(2) standard deviations bound each of the 28
 * comparisons with a chance of a false alarm below 1e-4 each. Measured differences: up to 3.1 single-bootstrap
 * standard deviations (2.2 of the difference's), as chance predicts for 28 comparisons.
 */
class BootstrapAgreementTest {

	private static final int DRAWS = 500;
	private static final int SEEDS = 20;
	private static final double LEVEL = 0.95;
	private static final double BOUND = 4 * Math.sqrt(2);

	private static final String LAVAAN_BOOTSTRAP = """
			model <- '
			MO =~ MO1 + MO2 + MO3 + MO4
			AL =~ AL1 + AL2 + AL3
			IP =~ IP1 + IP2 + IP3
			IP ~ c*MO + b*AL + SIZE
			AL ~ a*MO + SIZE
			MO ~~ SIZE
			ind := a*b
			tot := c + a*b
			'
			fit <- sem(model, d, se = "bootstrap", bootstrap = %d, iseed = 20261124)
			for (type in c("perc", "bca.simple")) {
			  pe <- parameterEstimates(fit, boot.ci.type = type, level = %s)
			  for (i in which(pe$op %%in%% c("~", ":="))) {
			    key <- if (pe$op[i] == ":=") pe$lhs[i] else paste(pe$lhs[i], pe$op[i], pe$rhs[i])
			    put(paste(type, key, "lower", sep = "|"), pe$ci.lower[i]); put(paste(type, key, "upper", sep = "|"), pe$ci.upper[i])
			  }
			}
			put("est|ind", parameterEstimates(fit)$est[parameterEstimates(fit)$lhs == "ind"])
			# The standardized paths (std.all) of every bootstrap draw, refitted by lavaan itself.
			std_paths <- function(x) { s <- standardizedSolution(x, se = FALSE); s$est.std[s$op == "~"] }
			s0 <- standardizedSolution(fit, se = FALSE); s0 <- s0[s0$op == "~", ]
			set.seed(20261125)
			std_draws <- bootstrapLavaan(fit, R = %d, FUN = std_paths)
			for (k in seq_len(nrow(s0))) {
			  key <- paste(s0$lhs[k], s0$op[k], s0$rhs[k])
			  ends <- quantile(std_draws[, k], c((1 - %s) / 2, (1 + %s) / 2), na.rm = TRUE)
			  put(paste("std", key, "lower", sep = "|"), ends[[1]]); put(paste("std", key, "upper", sep = "|"), ends[[2]])
			  put(paste("std", key, "est", sep = "|"), s0$est.std[k])
			}
			""";

	/** Our names of the quantities and lavaan's. */
	private static final Map<String, String> LAVAAN_NAMES = new LinkedHashMap<>();
	static {
		for (String path : List.of("AL ~ MO", "AL ~ SIZE", "IP ~ MO", "IP ~ AL", "IP ~ SIZE")) {
			LAVAAN_NAMES.put(path, path);
		}
		LAVAAN_NAMES.put("MO -> AL -> IP", "ind");
		LAVAAN_NAMES.put("MO => IP", "tot");
	}

	@TempDir
	static Path folder;

	private static RNumbers r;
	private static List<BootstrapResult> ours;

	@BeforeAll
	static void bootstrapBoth() {
		Framework framework = FrameworkFixtures.example("sme-alliances.fwk");
		r = RNumbers.run(folder, SemAlliancesAgreementTest.SIMULATION
				+ String.format(Locale.ROOT, LAVAAN_BOOTSTRAP, DRAWS, LEVEL, DRAWS, LEVEL, LEVEL));
		ResponseData data = ResponseData.read(folder.resolve("answers.csv"), framework).get();
		ours = new ArrayList<>();
		for (int seed = 1; seed <= SEEDS; seed++) {
			ours.add(SemBootstrap.run(framework, data, new BootstrapOptions(DRAWS, seed, 2), ProgressListener.NONE).get());
		}
	}

	@Test
	void percentileIntervalsAgreeWithLavaanWithinMonteCarloError() {
		assertAgree("perc", distribution -> distribution.percentile(LEVEL));
	}

	@Test
	void biasCorrectedIntervalsAgreeWithLavaansBcaSimple() {
		assertAgree("bca.simple", distribution -> distribution.biasCorrected(LEVEL));
	}

	/**
	 * The standardized paths' percentile intervals against lavaan's bootstrapLavaan of standardizedSolution: lavaan
	 * interpolates quantiles (R's type 7) as we do, so the same Monte Carlo bound holds; the point estimates agree as
	 * the ML solutions do.
	 */
	@Test
	void standardizedPathsAgreeWithLavaansBootstrapOfTheStandardizedSolution() {
		StringBuilder report = new StringBuilder("std.all 95% percentile intervals, ours (seed 1) vs lavaan:\n");
		for (String path : List.of("AL ~ MO", "IP ~ MO", "IP ~ AL")) {
			SeedIntervals ends = SeedIntervals.of(ours, path + " (std.all)", distribution -> distribution.percentile(LEVEL));
			double[] lowers = ends.lowers();
			double[] uppers = ends.uppers();
			double lower = r.get("std|" + path + "|lower");
			double upper = r.get("std|" + path + "|upper");
			report.append(String.format(Locale.ROOT, "  %-8s [%8.4f, %8.4f] vs [%8.4f, %8.4f]   sd %.4f %.4f%n", path, lowers[0], uppers[0], lower, upper,
					sd(lowers), sd(uppers)));
			assertEquals(r.get("std|" + path + "|est"), ours.get(0).distribution(path + " (std.all)").get().estimate(), LavaanComparison.LAVAAN);
			assertEquals(lower, lowers[0], BOUND * sd(lowers), "std.all lower end of " + path);
			assertEquals(upper, uppers[0], BOUND * sd(uppers), "std.all upper end of " + path);
		}
		System.out.print(report);
	}

	@Test
	void theIndirectEffectIsLavaansEstimate() {
		assertEquals(r.get("est|ind"), ours.get(0).indirect(List.of("MO", "AL", "IP")).get().estimate(), LavaanComparison.LAVAAN);
	}

	private static void assertAgree(String type, Function<BootstrapDistribution, Interval> method) {
		StringBuilder report = new StringBuilder(type + " 95% intervals, ours (seed 1) vs lavaan, |difference| / Monte Carlo sd:\n");
		for (Map.Entry<String, String> names : LAVAAN_NAMES.entrySet()) {
			SeedIntervals ends = SeedIntervals.of(ours, names.getKey(), method);
			double[] lowers = ends.lowers();
			double[] uppers = ends.uppers();
			double lower = r.get(type + "|" + names.getValue() + "|lower");
			double upper = r.get(type + "|" + names.getValue() + "|upper");
			double lowerSd = sd(lowers);
			double upperSd = sd(uppers);
			report.append(String.format(Locale.ROOT, "  %-16s [%8.4f, %8.4f] vs [%8.4f, %8.4f]   sd %.4f %.4f   %.1f %.1f%n", names.getKey(),
					lowers[0], uppers[0], lower, upper, lowerSd, upperSd, Math.abs(lowers[0] - lower) / lowerSd, Math.abs(uppers[0] - upper) / upperSd));
			assertEquals(lower, lowers[0], BOUND * lowerSd, type + " lower end of " + names.getKey());
			assertEquals(upper, uppers[0], BOUND * upperSd, type + " upper end of " + names.getKey());
		}
		System.out.print(report);
		assertTrue(report.length() > 0);
	}

}
