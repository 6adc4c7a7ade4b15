package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (c): a higher-order construct (EO of INN, PRO, RISK), a moderation (AL moderates EO -> IP) and two
 * numeric controls with bounded scales; and a framework with a categorical control. R simulates the answers and
 * fits the same regressions with lm: the composite of EO is the mean of its dimensions' composites, the product
 * term is that of the mean-centred composites, a categorical control enters as R's factor() dummies.
 */
class EoModerationAgreementTest {

	/** As in {@link SmeAlliancesAgreementTest}: rounding only on both sides; 1e-6 is the issue's bound for raw data. */
	private static final double RAW = 1e-6;

	@TempDir
	Path folder;

	@Test
	void moderationHigherOrderAndControlsAgreeWithLm() {
		Framework framework = FrameworkFixtures.example("eo-performance-moderation.fwk");
		RNumbers r = RNumbers.run(folder, """
				set.seed(7)
				pop <- '
				INN =~ 0.8*INN1 + 0.7*INN2 + 0.7*INN3
				PRO =~ 0.7*PRO1 + 0.8*PRO2 + 0.6*PRO3
				RISK =~ 0.7*RISK1 + 0.6*RISK2 + 0.7*RISK3
				EO =~ 0.8*INN + 0.7*PRO + 0.6*RISK
				AL =~ 0.7*AL1 + 0.7*AL2 + 0.8*AL3 + 0.6*AL4
				IP =~ 0.8*IP1 + 0.7*IP2 + 0.7*IP3 + 0.6*IP4
				IP ~ 0.35*EO + 0.25*AL
				'
				n <- 400
				d <- simulateData(pop, sample.nobs = n)
				d[] <- lapply(d, function(x) pmin(7, pmax(1, round(1.2 * x + 4))))
				d$SIZE <- pmax(1, round(exp(rnorm(n, 3.5, 1))))
				d$AGE <- round(runif(n, 0, 60))
				write.csv(d, "answers.csv", row.names = FALSE)
				m <- function(prefix, k) rowMeans(d[, paste0(prefix, 1:k)])
				EO <- (m("INN", 3) + m("PRO", 3) + m("RISK", 3)) / 3
				AL <- m("AL", 4)
				comp <- data.frame(IP = m("IP", 4), EO = EO, AL = AL, EO_x_AL = (EO - mean(EO)) * (AL - mean(AL)), SIZE = d$SIZE, AGE = d$AGE)
				put_lm("IP", lm(IP ~ EO + AL + EO_x_AL + SIZE + AGE, comp))
				put("n", n)
				""");
		Result<ResponseData> data = ResponseData.read(folder.resolve("answers.csv"), framework);
		assertTrue(data.isOk() && data.problems().isEmpty(), data::toString);
		PathEstimates estimates = CompositePathModel.estimate(data.get(), framework).get();
		RegressionResult ip = estimates.regression("IP").orElseThrow();
		assertEquals(List.of(Coefficient.INTERCEPT, "EO", "AL", "EO_x_AL", "SIZE", "AGE"), ip.coefficients().stream().map(Coefficient::term)
				.toList());
		r.assertAgreesWithLm("IP", ip, RAW);
		System.out.println("moderation with a higher-order construct vs lm, largest difference: " + r.largestDifference());

		Result<SummaryData> table = SummaryData.of("composites", List.of("EO", "AL", "IP"), new double[][] { { 1, .3, .4 }, { .3, 1, .35 },
				{ .4, .35, 1 } }, 400, SummaryData.Level.CONSTRUCT);
		Result<PathEstimates> fromTable = CompositePathModel.estimate(table.get(), framework);
		assertTrue(!fromTable.isOk() && SmeAlliancesAgreementTest.has(fromTable.problems(), StatsIssueCodes.NEEDS_RAW_DATA),
				fromTable::toString);
	}

	@Test
	void categoricalControlEntersAsDummiesLikeRsFactor() {
		Framework framework = FrameworkFixtures.parse("categorical.fwk", """
				framework Categorical "A categorical control"
				scale Agree5 likert 5
				scale Industry categorical { 1 "Manufacturing" 2 "Services" 3 "Trade" }
				construct X "Cause" scale Agree5 {
				    item X1 "x one"
				    item X2 "x two"
				    item X3 "x three" reversed
				}
				construct Y "Effect" scale Agree5 {
				    item Y1 "y one"
				    item Y2 "y two"
				    item Y3 "y three"
				}
				control IND "Industry" categorical scale Industry for Y
				hypothesis H1: X -> Y positive
				""");
		RNumbers r = RNumbers.run(folder, """
				set.seed(11)
				d <- simulateData('X =~ 0.8*X1 + 0.7*X2 + -0.7*X3
				Y =~ 0.7*Y1 + 0.8*Y2 + 0.7*Y3
				Y ~ 0.4*X', sample.nobs = 250)
				d[] <- lapply(d, function(x) pmin(5, pmax(1, round(x + 3))))
				d$IND <- sample(c(1, 2, 3), 250, replace = TRUE, prob = c(.5, .3, .2))
				write.csv(d, "answers.csv", row.names = FALSE)
				d$X3 <- 6 - d$X3
				comp <- data.frame(X = rowMeans(d[, c("X1", "X2", "X3")]), Y = rowMeans(d[, c("Y1", "Y2", "Y3")]), IND = factor(d$IND))
				fit <- lm(Y ~ X + IND, comp)
				put_lm("Y", fit, rename = function(term) sub("^IND", "IND=", term))
				""");
		ResponseData data = ResponseData.read(folder.resolve("answers.csv"), framework).get();
		RegressionResult y = CompositePathModel.estimate(data, framework).get().regression("Y").orElseThrow();
		assertEquals(List.of(Coefficient.INTERCEPT, "X", "IND=2", "IND=3"), y.coefficients().stream().map(Coefficient::term).toList());
		r.assertAgreesWithLm("Y", y, RAW);
	}
}
