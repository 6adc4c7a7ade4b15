package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemOptions;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/** Models and data no ML estimate can come from give a problem with the reason, never an exception. */
class SemFailureTest {

	private static final Framework SERIAL = FrameworkFixtures.example("serial-mediation.fwk");

	/** Two items of one construct load on nothing else: X's variance and X1's residual variance trade off. */
	private static final Framework SINGLE_ITEM = FrameworkFixtures.parse("single-item.fwk", """
			framework SingleItem "One construct with a single item"
			scale Five likert 5
			construct X "Exposure" scale Five {
			    item X1 "One question only."
			}
			construct Y "Outcome" scale Five {
			    item Y1 "First."
			    item Y2 "Second."
			    item Y3 "Third."
			}
			hypothesis H1: X -> Y positive
			""");

	private static final Framework FORMATIVE = FrameworkFixtures.parse("formative.fwk", """
			framework Formative "A formative construct"
			scale Five likert 5
			construct X "Exposure" formative scale Five {
			    item X1 "First."
			    item X2 "Second."
			    item X3 "Third."
			}
			construct Y "Outcome" scale Five {
			    item Y1 "First."
			    item Y2 "Second."
			    item Y3 "Third."
			}
			hypothesis H1: X -> Y positive
			""");

	/**
	 * Correlations of .5 between the items of a construct and .25 between those of different constructs: positive
	 * definite, with latent correlations of .5 (equal correlations everywhere would make the constructs perfectly
	 * correlated, and their paths inseparable).
	 */
	private static SummaryData table(Framework framework) {
		List<String> items = new ArrayList<>();
		List<String> constructs = new ArrayList<>();
		framework.getConstructs().forEach(c -> c.getItems().forEach(i -> {
			items.add(i.getName());
			constructs.add(c.getName());
		}));
		double[][] matrix = new double[items.size()][items.size()];
		for (int i = 0; i < items.size(); i++) {
			for (int j = 0; j < items.size(); j++) {
				matrix[i][j] = i == j ? 1 : constructs.get(i).equals(constructs.get(j)) ? .5 : .25;
			}
		}
		return SummaryData.of("table", items, matrix, 200, SummaryData.Level.ITEM).get();
	}

	private static Problem failure(Result<?> result) {
		assertFalse(result.isOk(), result::toString);
		return result.errors().get(0);
	}

	@Test
	void perfectlyCorrelatedItems() {
		SummaryData table = table(SERIAL);
		double[][] matrix = table.matrix();
		// EO2 is EO1 again.
		for (int j = 0; j < matrix.length; j++) {
			matrix[1][j] = matrix[j][1] = matrix[0][j];
		}
		matrix[1][1] = 1;
		SummaryData singular = SummaryData.of("table", table.names(), matrix, 200, SummaryData.Level.ITEM).get();
		Problem problem = failure(SemSpecification.structural(SERIAL).then(model -> SemEstimator.fit(model, singular)));
		assertEquals(StatsIssueCodes.SINGULAR_MATRIX, problem.code());
		assertEquals("The covariance matrix of the observed variables of the structural equation model of SerialMediation cannot be inverted:"
				+ " EO1 and EO2 are perfectly correlated (r = 1.000), so their separate effects cannot be told apart.", problem.message());
	}

	@Test
	void notConvergedWithinTheIterationLimit() {
		SummaryData table = table(SERIAL);
		Problem problem = failure(SemSpecification.structural(SERIAL)
				.then(model -> SemEstimator.fit(model, table.moments(), SemOptions.DEFAULT.withMaxIterations(1))));
		assertEquals(StatsIssueCodes.NOT_CONVERGED, problem.code());
		assertEquals("The estimation of the structural equation model of SerialMediation did not converge: the estimates were still changing at"
				+ " the iteration limit (after 1 iteration); the model may be misspecified, or too complex for the data.", problem.message());
	}

	@Test
	void convergesWithTheDefaultLimit() {
		Result<SemEstimates> estimates = SemSpecification.structural(SERIAL).then(model -> SemEstimator.fit(model, table(SERIAL)));
		assertTrue(estimates.isOk(), estimates::toString);
		assertTrue(estimates.get().iterations() < 50, () -> estimates.get().iterations() + " iterations");
	}

	@Test
	void aConstructWithASingleItemIsNotIdentified() {
		Problem problem = failure(SemSpecification.structural(SINGLE_ITEM).then(model -> SemEstimator.fit(model, table(SINGLE_ITEM))));
		assertEquals(StatsIssueCodes.NOT_IDENTIFIED, problem.code());
		assertTrue(problem.message().startsWith("The data do not determine the estimates of the structural equation model of SingleItem: the"
				+ " parameters "), problem::message);
		assertTrue(problem.message().contains("X1 ~~ X1") && problem.message().contains("X ~~ X"), problem::message);
	}

	@Test
	void aTableOfCompositeScoresCannotMeasureConstructs() {
		SummaryData constructs = SummaryData.of("constructs.csv", List.of("EO", "OL", "IC", "EP"),
				new double[][] { { 1, .4, .3, .3 }, { .4, 1, .4, .3 }, { .3, .4, 1, .4 }, { .3, .3, .4, 1 } }, 200, SummaryData.Level.CONSTRUCT).get();
		Problem problem = failure(SemSpecification.structural(SERIAL).then(model -> SemEstimator.fit(model, constructs)));
		assertEquals(StatsIssueCodes.NEEDS_RAW_DATA, problem.code());
	}

	@Test
	void aFormativeConstructIsEstimatedAsReflectiveWithAWarning() {
		Result<SemModel> model = SemSpecification.structural(FORMATIVE);
		Problem warning = model.problems().get(0);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(StatsIssueCodes.ESTIMATED_AS_REFLECTIVE, warning.code());
		assertEquals("X", warning.column());
		Result<SemEstimates> estimates = model.then(m -> SemEstimator.fit(m, table(FORMATIVE)));
		assertTrue(estimates.isOk(), estimates::toString);
		assertTrue(estimates.get().estimate("X", "=~", "X2").isPresent());
	}
}
