package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.framewright.dsl.validation.IssueCodes;
import org.framewright.model.structure.ModelSize;
import org.junit.jupiter.api.Test;

class SampleSizeChecksTest extends LanguageTest {

	private static final String MEDIATION = """
			hypothesis H1: X -> M positive
			hypothesis H2: M -> Y positive
			hypothesis H3: X -> M -> Y mediation
			""";

	@Test
	void countsTheFreeParametersOfTheFullModel() throws Exception {
		// 9 items: 6 loadings + 9 residuals; X exogenous: 1 variance; M, Y: 2 disturbances; 2 paths = 20.
		ModelSize size = ModelSize.of(parse(XMY + MEDIATION));
		assertEquals(9, size.getObservedVariables());
		assertEquals(45, size.getMoments());
		assertEquals(20, size.getFreeParameters());
		assertEquals(25, size.getDegreesOfFreedom());
	}

	@Test
	void examplePartnershipsHasFortyThreeParameters() throws Exception {
		ModelSize size = ModelSize.of(parse(ExamplesTest.example("sme-partnerships.fwk")));
		assertEquals(17, size.getObservedVariables());
		assertEquals(43, size.getFreeParameters());
		assertEquals(4, size.getMaxArrowsIntoOneConstruct());
	}

	@Test
	void tooFewCasesPerParameterIsAWarning() {
		String text = XMY.replace("framework T \"Test\"", "framework T \"Test\"\n    sample 90") + MEDIATION;
		assertIssue(text, IssueCodes.SAMPLE_TOO_SMALL_FOR_PARAMETERS, Severity.WARNING, 2, "N:q is 4.5, below 5");
	}

	@Test
	void enoughCasesPerParameterIsSilent() {
		String text = XMY.replace("framework T \"Test\"", "framework T \"Test\"\n    sample 100") + MEDIATION;
		assertNoIssue(text, IssueCodes.SAMPLE_TOO_SMALL_FOR_PARAMETERS);
		assertNoIssue(text, IssueCodes.SAMPLE_TOO_SMALL_FOR_ARROWS);
	}

	@Test
	void theStudyPlanSampleTakesPrecedence() {
		String text = XMY + MEDIATION + "plan { sample 60 alpha 0.05 tails one effect H1 0.3 }\n";
		assertIssue(text, IssueCodes.SAMPLE_TOO_SMALL_FOR_PARAMETERS, Severity.WARNING, 9, "A sample of 60");
	}

	@Test
	void fewerThanTenCasesPerArrowIsAWarning() {
		// Y receives arrows from X, M and the two controls: 4 arrows need 40 cases; 20 parameters need 100.
		String text = XMY.replace("framework T \"Test\"", "framework T \"Test\"\n    sample 30") + """
				control C1 "c1" numeric
				control C2 "c2" numeric for Y
				hypothesis H1: X -> Y positive
				hypothesis H2: M -> Y positive
				""";
		assertIssue(text, IssueCodes.SAMPLE_TOO_SMALL_FOR_ARROWS, Severity.WARNING, 2, "4 arrows point at 'Y'");
	}

	@Test
	void moreParametersThanMomentsIsNotIdentified() {
		// Two single-item constructs: 2 observed variables give 3 moments; the model needs 2 residuals,
		// 1 exogenous variance, 1 disturbance and 1 path = 5 parameters.
		String text = HEADER + """
				construct X "X" scale Five { item X1 "x1" }
				construct Y "Y" scale Five { item Y1 "y1" }
				hypothesis H1: X -> Y positive
				""";
		assertIssue(text, IssueCodes.NOT_IDENTIFIED, Severity.ERROR, 1, "only 3 variances and covariances");
	}

	@Test
	void identifiedModelIsSilent() {
		assertNoIssue(XMY + MEDIATION, IssueCodes.NOT_IDENTIFIED);
	}

	@Test
	void planValuesMustBeAdmissible() {
		assertIssue(XMY + MEDIATION + "plan { alpha 1.5 }\n", IssueCodes.INVALID_PLAN, Severity.ERROR, 9, "alpha");
		assertIssue(XMY + MEDIATION + "plan { effect H1 1.2 }\n", IssueCodes.INVALID_PLAN, Severity.ERROR, 9, "between -1 and 1");
		assertIssue(XMY + MEDIATION + "plan { loading of X1 1.4 }\n", IssueCodes.INVALID_PLAN, Severity.ERROR, 9, "loading");
	}
}
