package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (d), the serial mediation EO -> OL -> IC -> EP with a direct effect EO -> EP: from raw answers, and from
 * the items' correlation matrix alone (no standard deviations), which lavaan and the engine both analyse as if it
 * were a covariance matrix.
 */
class SemSerialMediationAgreementTest {

	static final String SIMULATION = """
			set.seed(20261124)
			pop <- '
			EO =~ 0.8*EO1 + 0.75*EO2 + 0.7*EO3
			OL =~ 0.7*OL1 + 0.8*OL2 + 0.75*OL3
			IC =~ 0.75*IC1 + 0.7*IC2 + 0.65*IC3
			EP =~ 0.8*EP1 + 0.7*EP2 + 0.8*EP3
			OL ~ 0.45*EO
			IC ~ 0.4*OL
			EP ~ 0.3*IC + 0.15*EO
			'
			n <- 300
			d <- simulateData(pop, sample.nobs = n)
			d[] <- lapply(d, function(x) pmin(5, pmax(1, round(x + 3))))
			write.csv(d, "answers.csv", row.names = FALSE)
			write.csv(cor(d), "item-correlations.csv")
			""";

	static final String ANALYSIS = """
			model <- '
			EO =~ EO1 + EO2 + EO3
			OL =~ OL1 + OL2 + OL3
			IC =~ IC1 + IC2 + IC3
			EP =~ EP1 + EP2 + EP3
			OL ~ EO
			IC ~ OL
			EP ~ IC + EO
			'
			put_sem(sem(model, d))
			put_sem(sem(model, sample.cov = cor(d), sample.nobs = n), "cor|")
			""";

	/** The sample size of the simulation, which a table's reader is told. */
	private static final int N = 300;

	@TempDir
	static Path folder;

	private static Framework framework;
	private static RNumbers r;

	@BeforeAll
	static void simulate() {
		framework = FrameworkFixtures.example("serial-mediation.fwk");
		r = RNumbers.run(folder, LavaanComparison.PUT_SEM + SIMULATION + ANALYSIS);
	}

	@Test
	void fromRawAnswers() {
		ResponseData data = ResponseData.read(folder.resolve("answers.csv"), framework).get();
		SemEstimates estimates = SemSpecification.structural(framework).then(model -> SemEstimator.fit(model, data)).get();
		System.out.println(LavaanComparison.assertAgrees(r, "", estimates));
	}

	@Test
	void fromTheItemsCorrelationMatrix() {
		SummaryData table = SummaryData.read(folder.resolve("item-correlations.csv"), N, SummaryData.Level.ITEM)
				.get();
		assertTrue(table.isCorrelation());
		Result<SemEstimates> estimates = SemSpecification.structural(framework).then(model -> SemEstimator.fit(model, table));
		assertTrue(estimates.isOk(), estimates::toString);
		assertEquals(Severity.INFO, estimates.problems().stream().filter(p -> p.code().equals(StatsIssueCodes.CORRELATIONS_ONLY)).findFirst()
				.orElseThrow().severity());
		System.out.println(LavaanComparison.assertAgrees(r, "cor|", estimates.get()));
	}
}
