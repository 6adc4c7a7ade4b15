package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example (c), the higher-order construct EO (innovativeness, proactiveness, risk-taking) and alliances -> the
 * international performance of SMEs, with the controls SIZE and AGE on IP, on 7-point items; the moderation H3 is
 * estimated without its interaction term (the moderator's main effect stays), which the result says.
 */
class SemEoPerformanceAgreementTest {

	static final String SIMULATION = """
			set.seed(20261126)
			pop <- '
			INN =~ 0.8*INN1 + 0.75*INN2 + 0.7*INN3
			PRO =~ 0.75*PRO1 + 0.8*PRO2 + 0.7*PRO3
			RISK =~ 0.7*RISK1 + 0.75*RISK2 + 0.8*RISK3
			EO =~ 0.8*INN + 0.7*PRO + 0.6*RISK
			AL =~ 0.7*AL1 + 0.8*AL2 + 0.75*AL3 + 0.65*AL4
			IP =~ 0.8*IP1 + 0.75*IP2 + 0.7*IP3 + 0.75*IP4
			IP ~ 0.3*EO + 0.25*AL + 0.1*lsize + 0.05*lage
			EO ~~ 0.3*AL + 0.2*lsize
			AL ~~ 0.1*lage
			lsize ~~ 0.3*lage
			'
			n <- 400
			d <- simulateData(pop, sample.nobs = n)
			items <- c(paste0("INN", 1:3), paste0("PRO", 1:3), paste0("RISK", 1:3), paste0("AL", 1:4), paste0("IP", 1:4))
			for (i in items) d[[i]] <- pmin(7, pmax(1, round(1.2 * d[[i]] + 4)))
			d$SIZE <- pmax(1, round(exp(3 + 0.5 * d$lsize)))
			d$AGE <- pmax(0, round(15 + 6 * d$lage))
			d$lsize <- NULL; d$lage <- NULL
			write.csv(d, "answers.csv", row.names = FALSE)
			""";

	static final String ANALYSIS = """
			model <- '
			INN =~ INN1 + INN2 + INN3
			PRO =~ PRO1 + PRO2 + PRO3
			RISK =~ RISK1 + RISK2 + RISK3
			EO =~ INN + PRO + RISK
			AL =~ AL1 + AL2 + AL3 + AL4
			IP =~ IP1 + IP2 + IP3 + IP4
			IP ~ EO + AL + SIZE + AGE
			EO ~~ SIZE + AGE
			AL ~~ SIZE + AGE
			SIZE ~~ AGE
			'
			put_sem(sem(model, d))
			""";

	@TempDir
	static Path folder;

	private static Framework framework;
	private static RNumbers r;

	@BeforeAll
	static void simulate() {
		framework = FrameworkFixtures.example("eo-performance-moderation.fwk");
		r = RNumbers.run(folder, LavaanComparison.PUT_SEM + SIMULATION + ANALYSIS);
	}

	@Test
	void structuralModelWithoutTheInteractionAgreesWithLavaan() {
		Result<SemModel> model = SemSpecification.structural(framework);
		List<Problem> notes = model.problems();
		assertEquals(1, notes.size(), notes::toString);
		assertEquals(StatsIssueCodes.TERM_NOT_ESTIMATED, notes.get(0).code());
		assertEquals(Severity.INFO, notes.get(0).severity());
		assertEquals("Hypothesis H3 needs the interaction of EO and AL on IP (the latent product term), which this version of the structural"
				+ " equation model does not estimate; its main effects are estimated, and the composite path model tests the term.",
				notes.get(0).message());
		ResponseData data = ResponseData.read(folder.resolve("answers.csv"), framework).get();
		Result<SemEstimates> estimates = model.then(m -> SemEstimator.fit(m, data));
		assertTrue(estimates.isOk(), estimates::toString);
		System.out.println(LavaanComparison.assertAgrees(r, "", estimates.get()));
	}
}
