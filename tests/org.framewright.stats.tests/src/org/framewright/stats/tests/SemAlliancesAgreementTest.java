package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.reliability.ConvergentValidity;
import org.framewright.stats.sem.CfaValidity;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (a), market orientation -> alliances -> international performance, with a reversed item (MO4) and a
 * control (SIZE, in employees: a variance some hundred times the items'): R simulates answers from a population
 * model, writes the questionnaire's CSV, and estimates with lavaan's sem() and cfa() the models the engine
 * specifies from the framework.
 */
class SemAlliancesAgreementTest {

	static final String SIMULATION = """
			set.seed(20261123)
			pop <- '
			MO =~ 0.8*MO1 + 0.7*MO2 + 0.75*MO3 + -0.6*MO4
			AL =~ 0.7*AL1 + 0.8*AL2 + 0.6*AL3
			IP =~ 0.8*IP1 + 0.7*IP2 + 0.75*IP3
			AL ~ 0.4*MO + 0.15*lsize
			IP ~ 0.3*MO + 0.35*AL + 0.1*lsize
			MO ~~ 0.3*lsize
			'
			n <- 350
			d <- simulateData(pop, sample.nobs = n)
			items <- c(paste0("MO", 1:4), paste0("AL", 1:3), paste0("IP", 1:3))
			for (i in items) d[[i]] <- pmin(5, pmax(1, round(d[[i]] + 3)))
			d$SIZE <- round(exp(3 + 0.5 * d$lsize))
			d$lsize <- NULL
			write.csv(d, "answers.csv", row.names = FALSE)
			d$MO4 <- 6 - d$MO4
			write.csv(cov(d), "covariances.csv")
			""";

	/** The model as the generated lavaan code writes it; lavaan's sem() adds the variances and MO ~~ SIZE is stated. */
	static final String ANALYSIS = """
			model <- '
			MO =~ MO1 + MO2 + MO3 + MO4
			AL =~ AL1 + AL2 + AL3
			IP =~ IP1 + IP2 + IP3
			IP ~ MO + AL + SIZE
			AL ~ MO + SIZE
			MO ~~ SIZE
			'
			put_sem(sem(model, d))
			cfa_model <- '
			MO =~ MO1 + MO2 + MO3 + MO4
			AL =~ AL1 + AL2 + AL3
			IP =~ IP1 + IP2 + IP3
			'
			cfa_fit <- cfa(cfa_model, d)
			put_sem(cfa_fit, "cfa|")
			ss <- standardizedSolution(cfa_fit)
			for (f in c("MO", "AL", "IP")) {
			  l <- ss$est.std[ss$op == "=~" & ss$lhs == f]
			  put(paste("cr", f, sep = "|"), sum(l)^2 / (sum(l)^2 + sum(1 - l^2))); put(paste("ave", f, sep = "|"), mean(l^2))
			}
			""";

	@TempDir
	static Path folder;

	private static Framework framework;
	private static RNumbers r;
	private static ResponseData data;

	@BeforeAll
	static void simulateAndEstimate() {
		framework = FrameworkFixtures.example("sme-alliances.fwk");
		r = RNumbers.run(folder, LavaanComparison.PUT_SEM + SIMULATION + ANALYSIS);
		data = ResponseData.read(folder.resolve("answers.csv"), framework).get();
	}

	@Test
	void structuralModelAgreesWithLavaan() {
		Result<SemModel> model = SemSpecification.structural(framework);
		assertTrue(model.problems().isEmpty(), model::toString);
		Result<SemEstimates> estimates = SemEstimator.fit(model.get(), data);
		assertTrue(estimates.isOk(), estimates::toString);
		System.out.println(LavaanComparison.assertAgrees(r, "", estimates.get()));
	}

	@Test
	void fromTheCovarianceTableAsFromTheRawData() {
		SummaryData table = SummaryData.read(folder.resolve("covariances.csv"), data.size(), SummaryData.Level.ITEM).get();
		Result<SemEstimates> estimates = SemSpecification.structural(framework).then(model -> SemEstimator.fit(model, table));
		assertTrue(estimates.isOk(), estimates::toString);
		assertTrue(estimates.problems().isEmpty(), estimates::toString);
		System.out.println("from the covariance table: " + LavaanComparison.assertAgrees(r, "", estimates.get()));
	}

	@Test
	void cfaAgreesWithLavaanAndGivesReliabilityAndFornellLarcker() {
		SemEstimates cfa = SemSpecification.measurement(framework).then(model -> SemEstimator.fit(model, data)).get();
		System.out.println(LavaanComparison.assertAgrees(r, "cfa|", cfa));
		CfaValidity validity = CfaValidity.of(cfa).get();
		for (String construct : List.of("MO", "AL", "IP")) {
			ConvergentValidity v = validity.constructs().get(construct);
			assertEquals(r.get("cr|" + construct), v.compositeReliability(), LavaanComparison.LAVAAN, construct);
			assertEquals(r.get("ave|" + construct), v.averageVarianceExtracted(), LavaanComparison.LAVAAN, construct);
		}
		assertEquals(List.of("MO", "AL", "IP"), validity.fornellLarcker().constructs());
		assertEquals(r.get("cfa|cor.lv|MO|AL"), validity.fornellLarcker().correlations()[0][1], LavaanComparison.LAVAAN);
	}
}
