package org.framewright.stats.tests;

import static org.framewright.stats.tests.SampleStatistics.mean;
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
import org.framewright.stats.Result;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.CaseBootstrap;
import org.framewright.stats.bootstrap.Interval;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.ResampledModel;
import org.framewright.stats.data.ResponseData;
import org.framewright.testing.FrameworkFixtures;
import org.framewright.testing.ModeratedMediationSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first-stage moderated mediation ({@link ModeratedMediationSample}'s framework: EX moderates MO -> AL of MO -> AL
 * -> IP, a numeric control SIZE on both outcomes) simulated in R from the same population, and the composite path model bootstrapped as PROCESS does, by us and by a plain loop in
 * R: the same composites (item means), the same product of the composites centred at the full sample's means, lm on
 * each resample of the rows, EX probed at its full-sample mean and one SD (R's sd) either side.
 * <p>
 * The point estimates and the BCa acceleration (a leave-one-out jackknife on both sides, N = 400 being under
 * Jackknife.MAX_GROUPS) are deterministic and agree to 1e-9 (rounding). The interval ends and bootstrap standard
 * errors come from different resamples (R's generator and ours), so they agree only within Monte Carlo error. The
 * test measures that error as the standard deviation sd of each end over 20 seeds of our bootstrap of 2000 draws,
 * and compares the mean of those 20 ends with the mean of 5 bootstraps of 2000 draws in R: the two means differ by
 * sd sqrt(1/20 + 1/5) = 0.5 sd from chance alone, and 4 times that bounds each of the 56 comparisons with a chance
 * of a false alarm below 1e-4 each. (A single R bootstrap against a single one of ours was measured first: up to
 * 3.7 standard deviations of the difference, one R bootstrap sitting 3.4 sd from R's own mean over ten seeds; means
 * keep such an outlier from deciding the test.) R takes quantiles by type 6 (the (B + 1) p-th draw, linear
 * interpolation), we by boot's rule (the same draw, interpolated on the normal scale): a difference within one gap
 * between neighbouring draws, far below the Monte Carlo error.
 */
class CompositeBootstrapAgreementTest {

	private static final int DRAWS = 2000;
	private static final int SEEDS = 20;
	private static final int R_SEEDS = 5;
	private static final double LEVEL = 0.95;
	/** The standard deviation of the difference of a mean of 20 bootstraps and a mean of 5, in single bootstraps' ones. */
	private static final double MEANS = Math.sqrt(1.0 / SEEDS + 1.0 / R_SEEDS);
	private static final double BOUND = 4 * MEANS;
	/** Deterministic quantities computed two ways (normal equations here, QR in lm): rounding only. */
	private static final double EXACT = 1e-9;

	/** N = 400 cases of the population of {@link ModeratedMediationSample}. */
	static final String SIMULATION = """
			set.seed(20261122)
			n <- 400
			mo <- rnorm(n); ex <- rnorm(n); lsize <- rnorm(n)
			al <- 0.45 * mo + 0.2 * ex + 0.25 * mo * ex + 0.1 * lsize + rnorm(n)
			ip <- 0.4 * al + 0.1 * lsize + rnorm(n)
			items <- function(latent, prefix) {
			  out <- sapply(c(1, 0.8, 0.9), function(l) pmin(5, pmax(1, round(3 + l * latent + rnorm(n, sd = 0.6)))))
			  colnames(out) <- paste0(prefix, 1:3)
			  out
			}
			d <- data.frame(items(mo, "MO"), items(ex, "EX"), items(al, "AL"), items(ip, "IP"), SIZE = round(exp(3 + 0.5 * lsize)))
			write.csv(d, "answers.csv", row.names = FALSE)
			""";

	private static final String R_BOOTSTRAP = """
			composite <- function(prefix) rowMeans(d[, paste0(prefix, 1:3)])
			comp <- data.frame(MO = composite("MO"), EX = composite("EX"), AL = composite("AL"), IP = composite("IP"), SIZE = d$SIZE)
			comp$MO_x_EX <- (comp$MO - mean(comp$MO)) * (comp$EX - mean(comp$EX))
			sdw <- sd(comp$EX)
			quantities <- function(data) {
			  a <- coef(lm(AL ~ MO + EX + MO_x_EX + SIZE, data)); b <- coef(lm(IP ~ AL + SIZE, data))[["AL"]]
			  slope <- function(k) a[["MO"]] + k * sdw * a[["MO_x_EX"]]
			  c(interaction = a[["MO_x_EX"]], slope_low = slope(-1), slope_mean = slope(0), slope_high = slope(1),
			    index = a[["MO_x_EX"]] * b, cind_low = slope(-1) * b, cind_mean = slope(0) * b, cind_high = slope(1) * b)
			}
			est <- quantities(comp)
			jack <- t(sapply(seq_len(n), function(i) quantities(comp[-i, ])))
			level <- %s
			alphas <- c((1 - level) / 2, (1 + level) / 2)
			z <- qnorm(alphas)
			for (k in names(est)) {
			  t <- jack[, k]; dev <- mean(t) - t
			  put(paste(k, "est", sep = "|"), est[[k]]); put(paste(k, "acceleration", sep = "|"), sum(dev^3) / (6 * sum(dev^2)^1.5))
			}
			for (seed in seq_len(%d)) {
			  set.seed(20261122 + seed)
			  draws <- t(replicate(%d, quantities(comp[sample(n, n, replace = TRUE), ])))
			  for (k in names(est)) {
			    x <- draws[, k]
			    put(paste(k, "se", seed, sep = "|"), sd(x))
			    z0 <- qnorm(mean(x < est[[k]]))
			    t <- jack[, k]; dev <- mean(t) - t
			    a <- sum(dev^3) / (6 * sum(dev^2)^1.5)
			    ends <- list(perc = alphas, bc = pnorm(2 * z0 + z), bca = pnorm(z0 + (z0 + z) / (1 - a * (z0 + z))))
			    for (type in names(ends)) {
			      q <- quantile(x, ends[[type]], type = 6, names = FALSE)
			      put(paste(k, type, "lower", seed, sep = "|"), q[1]); put(paste(k, type, "upper", seed, sep = "|"), q[2])
			    }
			  }
			}
			""";

	/** Our names of the quantities and the R script's. */
	private static final Map<String, String> R_NAMES = new LinkedHashMap<>();
	static {
		R_NAMES.put("AL ~ MO_x_EX", "interaction");
		R_NAMES.put("MO -> AL at EX = mean - 1 SD", "slope_low");
		R_NAMES.put("MO -> AL at EX = mean", "slope_mean");
		R_NAMES.put("MO -> AL at EX = mean + 1 SD", "slope_high");
		R_NAMES.put("index of moderated mediation of H3 (EX, first stage)", "index");
		R_NAMES.put("MO -> AL -> IP at EX = mean - 1 SD", "cind_low");
		R_NAMES.put("MO -> AL -> IP at EX = mean", "cind_mean");
		R_NAMES.put("MO -> AL -> IP at EX = mean + 1 SD", "cind_high");
	}

	@TempDir
	static Path folder;

	private static RNumbers r;
	private static List<BootstrapResult> ours;

	@BeforeAll
	static void bootstrapBoth() {
		Framework framework = FrameworkFixtures.parse("export-alliances.fwk", ModeratedMediationSample.FRAMEWORK);
		r = RNumbers.run(folder, SIMULATION + String.format(Locale.ROOT, R_BOOTSTRAP, LEVEL, R_SEEDS, DRAWS));
		Result<ResponseData> data = ResponseData.read(folder.resolve("answers.csv"), framework);
		assertTrue(data.isOk() && data.problems().isEmpty(), data::toString);
		ResampledModel composite = ResampledModel.composite(framework, data.get()).get();
		ours = new ArrayList<>();
		for (int seed = 1; seed <= SEEDS; seed++) {
			Result<BootstrapResult> run = CaseBootstrap.run(List.of(composite), new BootstrapOptions(DRAWS, seed, 2), ProgressListener.NONE);
			assertTrue(run.isOk(), run::toString);
			ours.add(run.get());
		}
	}

	@Test
	void pointEstimatesAndAccelerationsAreRsExactly() {
		BootstrapResult first = ours.get(0);
		assertEquals(List.copyOf(R_NAMES.keySet()), first.distributions().stream().map(BootstrapDistribution::name).toList(),
				"the composite model's quantities, grouped by kind");
		for (Map.Entry<String, String> names : R_NAMES.entrySet()) {
			BootstrapDistribution d = first.distribution(names.getKey()).orElseThrow();
			r.assertAgrees(names.getValue() + "|est", d.estimate(), EXACT);
			r.assertAgrees(names.getValue() + "|acceleration", d.acceleration(), EXACT);
		}
		System.out.println("composite bootstrap vs R, largest difference of estimates and accelerations: " + r.largestDifference());
	}

	@Test
	void percentileIntervalsAgreeWithRWithinMonteCarloError() {
		assertAgree("perc", d -> d.percentile(LEVEL));
	}

	@Test
	void biasCorrectedIntervalsAgreeWithRWithinMonteCarloError() {
		assertAgree("bc", d -> d.biasCorrected(LEVEL));
	}

	@Test
	void biasCorrectedAcceleratedIntervalsAgreeWithRWithinMonteCarloError() {
		assertAgree("bca", d -> d.biasCorrectedAccelerated(LEVEL));
	}

	@Test
	void standardErrorsAgreeWithRWithinMonteCarloError() {
		for (Map.Entry<String, String> names : R_NAMES.entrySet()) {
			double[] errors = new double[SEEDS];
			for (int s = 0; s < SEEDS; s++) {
				errors[s] = ours.get(s).distribution(names.getKey()).orElseThrow().standardError();
			}
			assertEquals(rMean(names.getValue() + "|se"), mean(errors), BOUND * sd(errors), "bootstrap SE of " + names.getKey());
		}
	}

	private static void assertAgree(String type, Function<BootstrapDistribution, Interval> method) {
		StringBuilder report = new StringBuilder(type + " 95% intervals of the composite bootstrap, mean of ours (20 seeds) vs R's (5 seeds),"
				+ " |difference| / its Monte Carlo sd:\n");
		for (Map.Entry<String, String> names : R_NAMES.entrySet()) {
			SeedIntervals ends = SeedIntervals.of(ours, names.getKey(), method);
			double[] lowers = ends.lowers();
			double[] uppers = ends.uppers();
			double lower = rMean(names.getValue() + "|" + type + "|lower");
			double upper = rMean(names.getValue() + "|" + type + "|upper");
			double lowerSd = sd(lowers);
			double upperSd = sd(uppers);
			report.append(String.format(Locale.ROOT, "  %-52s [%8.4f, %8.4f] vs [%8.4f, %8.4f]   sd %.4f %.4f   %.1f %.1f%n", names.getKey(),
					mean(lowers), mean(uppers), lower, upper, lowerSd, upperSd, Math.abs(mean(lowers) - lower) / (MEANS * lowerSd),
					Math.abs(mean(uppers) - upper) / (MEANS * upperSd)));
			assertEquals(lower, mean(lowers), BOUND * lowerSd, type + " lower end of " + names.getKey());
			assertEquals(upper, mean(uppers), BOUND * upperSd, type + " upper end of " + names.getKey());
		}
		System.out.print(report);
	}

	/** The mean of R's number over its bootstraps. */
	private static double rMean(String key) {
		double sum = 0;
		for (int seed = 1; seed <= R_SEEDS; seed++) {
			sum += r.get(key + "|" + seed);
		}
		return sum / R_SEEDS;
	}
}
