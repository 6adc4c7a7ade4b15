package org.framewright.stats.tests;

import java.nio.file.Path;

import org.framewright.model.Framework;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (b), three exogenous constructs (SP, A, MC) -> knowledge transfer (two items) -> internationalization
 * success (six items), with the paper's mixed-case item codes and its sample size of 152.
 */
class SemPartnershipsAgreementTest {

	static final String SIMULATION = """
			set.seed(20261125)
			pop <- '
			SP =~ 0.8*Sp1 + 0.75*Sp2 + 0.7*SP3
			A =~ 0.7*A1 + 0.8*A2 + 0.75*A3
			MC =~ 0.7*MC1 + 0.65*MC2 + 0.75*Mc3
			KT =~ 0.8*Kt1 + 0.75*Kt2
			IS =~ 0.75*I1 + 0.7*I2 + 0.8*I3 + 0.7*I4 + 0.75*I5 + 0.65*I6
			SP ~~ 0.3*A
			SP ~~ -0.1*MC
			A ~~ -0.15*MC
			KT ~ 0.35*SP + 0.3*A
			IS ~ 0.25*SP + 0.2*A + -0.2*MC + 0.3*KT
			'
			n <- 152
			d <- simulateData(pop, sample.nobs = n)
			d[] <- lapply(d, function(x) pmin(5, pmax(1, round(x + 3))))
			write.csv(d, "answers.csv", row.names = FALSE)
			""";

	static final String ANALYSIS = """
			model <- '
			SP =~ Sp1 + Sp2 + SP3
			A =~ A1 + A2 + A3
			MC =~ MC1 + MC2 + Mc3
			KT =~ Kt1 + Kt2
			IS =~ I1 + I2 + I3 + I4 + I5 + I6
			IS ~ SP + A + MC + KT
			KT ~ SP + A
			'
			put_sem(sem(model, d))
			""";

	@TempDir
	static Path folder;

	private static Framework framework;
	private static RNumbers r;

	@BeforeAll
	static void simulate() {
		framework = FrameworkFixtures.example("sme-partnerships.fwk");
		r = RNumbers.run(folder, LavaanComparison.PUT_SEM + SIMULATION + ANALYSIS);
	}

	@Test
	void structuralModelAgreesWithLavaan() {
		ResponseData data = ResponseData.read(folder.resolve("answers.csv"), framework).get();
		SemEstimates estimates = SemSpecification.structural(framework).then(model -> SemEstimator.fit(model, data)).get();
		System.out.println(LavaanComparison.assertAgrees(r, "", estimates));
	}
}
