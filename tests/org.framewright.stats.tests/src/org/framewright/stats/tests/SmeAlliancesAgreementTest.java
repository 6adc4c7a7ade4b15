package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.stats.reliability.Alpha;
import org.framewright.stats.reliability.ConvergentValidity;
import org.framewright.stats.reliability.FornellLarcker;
import org.framewright.stats.reliability.FornellLarckerTable;
import org.framewright.stats.reliability.Htmt;
import org.framewright.stats.reliability.ItemStatistics;
import org.framewright.stats.reliability.LoadingReliability;
import org.framewright.stats.reliability.MeasurementReliability;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (a), market orientation -> alliances -> international performance with a reversed item (MO4) and a
 * control (SIZE): R simulates answers from a population model with lavaan, writes them as the questionnaire's CSV
 * (with NA, "." and empty cells, quoted, and a column the framework does not know), and computes with lm, base R
 * and semTools what the engine computes from the same file.
 */
class SmeAlliancesAgreementTest {

	/**
	 * The acceptance bound for raw data. Both sides compute in double precision from the same numbers (exchanged
	 * with 17 digits), so they differ by rounding only (measured: below 1e-12); 1e-6 is the issue's bound.
	 */
	private static final double RAW = 1e-6;

	/**
	 * For formulas computed identically on both sides (alpha, HTMT, omega): only summation order differs, about
	 * 1e-15; the item covariance table R writes carries 15 significant digits, so 1e-9 leaves room for both.
	 */
	private static final double SAME_FORMULA = 1e-9;

	/**
	 * semTools computes CR and AVE from model-implied variances, which equal the observed (standardized) ones only at
	 * lavaan's optimum; its convergence leaves differences near 1e-9 here, so 1e-7.
	 */
	private static final double AT_OPTIMUM = 1e-7;

	static final String SIMULATION = """
			set.seed(20261122)
			pop <- '
			MO =~ 0.8*MO1 + 0.7*MO2 + 0.75*MO3 + -0.6*MO4
			AL =~ 0.7*AL1 + 0.8*AL2 + 0.6*AL3
			IP =~ 0.8*IP1 + 0.7*IP2 + 0.75*IP3
			AL ~ 0.4*MO
			IP ~ 0.3*MO + 0.35*AL
			'
			n <- 320
			d <- simulateData(pop, sample.nobs = n)
			d[] <- lapply(d, function(x) pmin(5, pmax(1, round(x + 3))))
			d$SIZE <- round(exp(rnorm(n, 3, 1)))
			raw <- d
			raw[] <- lapply(raw, as.character)
			raw$Respondent <- sprintf("R%03d", seq_len(n))
			# Missing answers as questionnaires and statistics packages write them: NA, empty, ".".
			cells <- list(c(3, "MO2", "NA"), c(17, "MO4", ""), c(40, "AL1", "."), c(41, "IP3", "NA"), c(99, "SIZE", ""),
			              c(150, "MO1", "NA"), c(200, "AL2", ""), c(201, "AL2", "NA"))
			for (cell in cells) { raw[as.integer(cell[1]), cell[2]] <- cell[3]; d[as.integer(cell[1]), cell[2]] <- NA }
			write.csv(raw, "answers.csv", row.names = FALSE, quote = TRUE)
			items <- c(paste0("MO", 1:4), paste0("AL", 1:3), paste0("IP", 1:3))
			dc <- d[complete.cases(d[, c(items, "SIZE")]), ]
			dc$MO4 <- 6 - dc$MO4
			put("n", nrow(dc)); put("dropped", n - nrow(dc))
			""";

	static final String ANALYSIS = """
			blocks <- list(MO = paste0("MO", 1:4), AL = paste0("AL", 1:3), IP = paste0("IP", 1:3))
			comp <- data.frame(MO = rowMeans(dc[, blocks$MO]), AL = rowMeans(dc[, blocks$AL]), IP = rowMeans(dc[, blocks$IP]), SIZE = dc$SIZE)
			put_lm("AL", lm(AL ~ MO + SIZE, comp))
			put_lm("IP", lm(IP ~ MO + AL + SIZE, comp))
			alpha <- function(x) { k <- ncol(x); S <- cov(x); k / (k - 1) * (1 - sum(diag(S)) / sum(S)) }
			for (f in names(blocks)) {
			  x <- dc[, blocks[[f]]]; k <- ncol(x); r <- cor(x); rbar <- mean(r[lower.tri(r)])
			  put(paste(f, "alpha", sep = "|"), alpha(x)); put(paste(f, "std.alpha", sep = "|"), k * rbar / (1 + (k - 1) * rbar))
			  for (i in names(x)) {
			    rest <- setdiff(names(x), i)
			    put(paste(f, i, "alpha.drop", sep = "|"), alpha(x[, rest])); put(paste(f, i, "r.drop", sep = "|"), cor(x[[i]], rowSums(x[, rest])))
			  }
			}
			model <- 'MO =~ MO1 + MO2 + MO3 + MO4
			AL =~ AL1 + AL2 + AL3
			IP =~ IP1 + IP2 + IP3'
			h1 <- htmt(model, dc, htmt2 = FALSE); h2 <- htmt(model, dc, htmt2 = TRUE)
			for (a in names(blocks)) for (b in names(blocks)) { put(paste("htmt", a, b, sep = "|"), h1[a, b]); put(paste("htmt2", a, b, sep = "|"), h2[a, b]) }
			write.csv(cov(dc[, items]), "item-covariances.csv")
			fit <- cfa(model, dc, std.lv = TRUE)
			pe <- parameterEstimates(fit)
			omega <- compRelSEM(fit, obs.var = FALSE)
			fit2 <- cfa(model, dc, std.ov = TRUE, std.lv = TRUE)
			ss <- standardizedSolution(fit2)
			cr <- compRelSEM(fit2, obs.var = FALSE); ave <- AVE(fit2, obs.var = FALSE); lv <- lavInspect(fit2, "cor.lv")
			for (f in names(blocks)) {
			  put(paste("omega", f, sep = "|"), omega[[f]]); put(paste("cr", f, sep = "|"), cr[[f]]); put(paste("ave", f, sep = "|"), ave[[f]])
			  for (i in blocks[[f]]) {
			    put(paste("lambda", f, i, sep = "|"), pe$est[pe$op == "=~" & pe$lhs == f & pe$rhs == i])
			    put(paste("theta", f, i, sep = "|"), pe$est[pe$op == "~~" & pe$lhs == i & pe$rhs == i])
			    put(paste("std", f, i, sep = "|"), ss$est.std[ss$op == "=~" & ss$lhs == f & ss$rhs == i])
			  }
			  for (g in names(blocks)) put(paste("cor.lv", f, g, sep = "|"), lv[f, g])
			  put(paste("fl", f, sep = "|"), as.numeric(all(sqrt(ave[[f]]) > abs(lv[f, setdiff(names(blocks), f)]))))
			}
			""";

	private static final List<String> CONSTRUCTS = List.of("MO", "AL", "IP");

	@TempDir
	static Path folder;

	private static Framework framework;
	private static RNumbers r;
	private static Result<ResponseData> data;

	@BeforeAll
	static void simulateAndCompute() {
		framework = FrameworkFixtures.example("sme-alliances.fwk");
		r = RNumbers.run(folder, SIMULATION + ANALYSIS);
		data = ResponseData.read(folder.resolve("answers.csv"), framework);
	}

	@Test
	void readsTheQuestionnairesCsvWithListwiseDeletion() {
		assertTrue(data.isOk(), data::toString);
		assertEquals((int) r.get("n"), data.get().size());
		assertEquals((int) r.get("dropped"), data.get().rowsDropped());
		assertTrue(has(data.problems(), StatsIssueCodes.ROWS_DROPPED), data.problems()::toString);
		Problem unknown = data.problems().stream().filter(p -> p.code().equals(StatsIssueCodes.UNKNOWN_COLUMN)).findFirst().orElseThrow();
		assertEquals("Respondent", unknown.column());
		assertEquals(1, unknown.row());
	}

	@Test
	void compositePathModelAgreesWithLm() {
		PathEstimates estimates = CompositePathModel.estimate(data.get(), framework).get();
		assertEquals(List.of("IP", "AL"), estimates.regressions().stream().map(RegressionResult::outcome).toList());
		for (RegressionResult regression : estimates.regressions()) {
			String label = regression.outcome();
			assertEquals(List.of(Coefficient.INTERCEPT), regression.coefficients().subList(0, 1).stream().map(Coefficient::term).toList());
			r.assertAgreesWithLm(label, regression, RAW);
		}
		System.out.println("composite OLS vs lm, largest difference: " + r.largestDifference());
	}

	@Test
	void alphaAgreesWithRFromRawDataAndFromTheItemCovarianceTable() {
		ReliabilityReport fromRaw = MeasurementReliability.of(data.get(), framework, Htmt.Mean.ARITHMETIC).get();
		Result<SummaryData> table = SummaryData.read(folder.resolve("item-covariances.csv"), data.get().size(), SummaryData.Level.ITEM);
		ReliabilityReport fromTable = MeasurementReliability.of(table.get(), framework, Htmt.Mean.ARITHMETIC).get();
		for (ReliabilityReport report : List.of(fromRaw, fromTable)) {
			for (String construct : CONSTRUCTS) {
				Alpha alpha = report.alpha(construct).orElseThrow();
				r.assertAgrees(construct + "|alpha", alpha.alpha(), SAME_FORMULA);
				r.assertAgrees(construct + "|std.alpha", alpha.standardizedAlpha(), SAME_FORMULA);
				for (ItemStatistics item : alpha.items()) {
					r.assertAgrees(construct + "|" + item.item() + "|alpha.drop", item.alphaIfDeleted(), SAME_FORMULA);
					r.assertAgrees(construct + "|" + item.item() + "|r.drop", item.correctedItemTotal(), SAME_FORMULA);
				}
			}
		}
		System.out.println("alpha vs R, largest difference: " + r.largestDifference());
	}

	@Test
	void htmtAgreesWithSemTools() {
		SummaryData table = SummaryData.read(folder.resolve("item-covariances.csv"), data.get().size(), SummaryData.Level.ITEM).get();
		for (Htmt.Mean mean : Htmt.Mean.values()) {
			String key = mean == Htmt.Mean.ARITHMETIC ? "htmt|" : "htmt2|";
			for (ReliabilityReport report : List.of(MeasurementReliability.of(data.get(), framework, mean).get(),
					MeasurementReliability.of(table, framework, mean).get())) {
				for (String a : CONSTRUCTS) {
					for (String b : CONSTRUCTS) {
						r.assertAgrees(key + a + "|" + b, report.htmt().get(a, b), SAME_FORMULA);
					}
				}
			}
		}
		System.out.println("HTMT vs semTools, largest difference: " + r.largestDifference());
	}

	@Test
	void reliabilityFromLoadingsAgreesWithSemTools() {
		double[] ave = new double[CONSTRUCTS.size()];
		double[][] correlations = new double[CONSTRUCTS.size()][CONSTRUCTS.size()];
		for (int c = 0; c < CONSTRUCTS.size(); c++) {
			String construct = CONSTRUCTS.get(c);
			List<String> items = framework.getConstructs().stream().filter(k -> k.getName().equals(construct)).findFirst().orElseThrow()
					.getItems().stream().map(i -> i.getName()).toList();
			double[] lambda = items.stream().mapToDouble(i -> r.get("lambda|" + construct + "|" + i)).toArray();
			double[] theta = items.stream().mapToDouble(i -> r.get("theta|" + construct + "|" + i)).toArray();
			double[] std = items.stream().mapToDouble(i -> r.get("std|" + construct + "|" + i)).toArray();
			r.assertAgrees("omega|" + construct, LoadingReliability.omega(lambda, theta, 1), SAME_FORMULA);
			ConvergentValidity validity = LoadingReliability.of(construct, std).get();
			r.assertAgrees("cr|" + construct, validity.compositeReliability(), AT_OPTIMUM);
			r.assertAgrees("ave|" + construct, validity.averageVarianceExtracted(), AT_OPTIMUM);
			ave[c] = validity.averageVarianceExtracted();
			for (int d = 0; d < CONSTRUCTS.size(); d++) {
				correlations[c][d] = r.get("cor.lv|" + construct + "|" + CONSTRUCTS.get(d));
			}
		}
		FornellLarckerTable table = FornellLarcker.of(CONSTRUCTS, ave, correlations).get();
		for (int c = 0; c < CONSTRUCTS.size(); c++) {
			boolean passes = true;
			for (int d = 0; d < CONSTRUCTS.size(); d++) {
				passes &= c == d || table.discriminates(c, d);
			}
			assertEquals(r.get("fl|" + CONSTRUCTS.get(c)) == 1, passes, CONSTRUCTS.get(c));
		}
		System.out.println("omega, CR, AVE vs semTools, largest difference: " + r.largestDifference());
	}

	static boolean has(List<Problem> problems, String code) {
		return problems.stream().anyMatch(p -> p.code().equals(code));
	}
}
