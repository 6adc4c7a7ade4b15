package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.diagnostics.Severity;
import org.framewright.dsl.validation.IssueCodes;
import org.framewright.model.Framework;
import org.framewright.model.StudyPlan;
import org.junit.jupiter.api.Test;

/**
 * The study plan's {@code reliability of <Construct> <r>}: a reliability strictly between 0 and 1, stated once, of a
 * construct measured by items of its own, and never beside loadings of those items.
 */
class PlannedReliabilityChecksTest extends LanguageTest {

	/** X, M and Y with three items each (lines 3 to 5), one hypothesis on line 6; a plan from line 7. */
	private static final String MODEL = XMY + "hypothesis H1: X -> M positive\n";

	@Test
	void reliabilitiesStandBesideTheOtherPlanEntries() {
		Framework framework = parse(MODEL + """
				plan {
				    sample 300
				    tails one
				    loading 0.75
				    reliability of X 0.87
				    effect H1 0.3
				    loading of Y1 0.8
				    reliability of M 0.80
				}
				""");
		validation.assertNoErrors(framework);
		StudyPlan plan = framework.getPlan();
		assertEquals(300, plan.getSampleSize());
		assertEquals(0.75, plan.getLoading());
		assertEquals(2, plan.getReliabilities().size());
		assertSame(framework.getConstructs().get(0), plan.getReliabilities().get(0).getConstruct());
		assertEquals(0.87, plan.getReliabilities().get(0).getReliability());
		assertSame(framework.getConstructs().get(1), plan.getReliabilities().get(1).getConstruct());
		assertEquals(0.8, plan.getReliabilities().get(1).getReliability());
		assertEquals(1, plan.getEffects().size());
		assertEquals(1, plan.getLoadings().size());
	}

	@Test
	void aReliabilityLiesStrictlyBetweenZeroAndOne() {
		assertIssue(MODEL + "plan {\n    reliability of X 1.0\n}\n", IssueCodes.INVALID_PLAN, Severity.ERROR, 8, "strictly between 0 and 1");
		assertIssue(MODEL + "plan {\n    reliability of X 0\n}\n", IssueCodes.INVALID_PLAN, Severity.ERROR, 8, "strictly between 0 and 1");
		assertNoIssue(MODEL + "plan {\n    reliability of X 0.99\n}\n", IssueCodes.INVALID_PLAN);
	}

	@Test
	void aConstructHasOneReliability() {
		String text = MODEL + """
				plan {
				    reliability of X 0.85
				    reliability of M 0.85
				    reliability of X 0.9
				}
				""";
		assertIssue(text, IssueCodes.DUPLICATE_RELIABILITY, Severity.ERROR, 10, "already states a reliability for X");
	}

	@Test
	void aHigherOrderConstructsReliabilityIsItsDimensions() {
		String text = MODEL + """
				construct H "H" dimensions X, M
				plan {
				    reliability of H 0.9
				}
				""";
		assertIssue(text, IssueCodes.RELIABILITY_WITHOUT_ITEMS, Severity.ERROR, 9, "'H' is measured by its dimensions X, M");
		assertIssue(text, IssueCodes.RELIABILITY_WITHOUT_ITEMS, Severity.ERROR, 9, "state the reliability of each dimension instead");
	}

	@Test
	void aConstructWithoutItemsHasNoReliability() {
		String text = MODEL + """
				construct Z "Z"
				plan {
				    reliability of Z 0.9
				}
				""";
		assertIssue(text, IssueCodes.RELIABILITY_WITHOUT_ITEMS, Severity.ERROR, 9, "'Z' has no items");
	}

	@Test
	void aReliabilityAndLoadingsOfItsItemsAreAmbiguous() {
		String text = MODEL + """
				plan {
				    loading of X1 0.8
				    reliability of X 0.85
				    loading of X3 0.6
				}
				""";
		assertIssue(text, IssueCodes.RELIABILITY_AND_LOADINGS, Severity.ERROR, 9, "both the reliability of X and the loadings of X1, X3");
		assertIssue(text, IssueCodes.RELIABILITY_AND_LOADINGS, Severity.ERROR, 9, "so which one wins is ambiguous; state one or the other");
	}

	@Test
	void loadingsOfAnotherConstructsItemsAreNoConflict() {
		assertNoIssue(MODEL + "plan {\n    reliability of X 0.85\n    loading of M1 0.8\n}\n", IssueCodes.RELIABILITY_AND_LOADINGS);
	}
}
