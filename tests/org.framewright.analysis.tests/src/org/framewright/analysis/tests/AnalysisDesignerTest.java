package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.analysis.design.AnalysisDesigner;
import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.Covariance;
import org.framewright.analysis.design.DefinedParameter;
import org.framewright.analysis.design.HypothesisTest;
import org.framewright.analysis.design.ReversedItem;
import org.framewright.analysis.design.Variance;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.structure.ExpectedSign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analysis designed from a framework: what each hypothesis is tested by, and with which sign. */
class AnalysisDesignerTest {

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void everyConstructItemAndHypothesisIsInTheAnalysis(String example) {
		Framework framework = Frameworks.example(example);
		AnalysisModel analysis = AnalysisDesigner.design(framework);
		List<String> latents = analysis.measures().stream().map(measure -> measure.latent()).toList();
		for (Construct construct : framework.getConstructs()) {
			assertTrue(latents.contains(construct.getName()), construct.getName() + " is measured");
			construct.getItems().forEach(item -> assertTrue(analysis.columns().contains(item.getName()), item.getName() + " is a column"));
		}
		framework.getControls().forEach(control -> assertTrue(analysis.columns().contains(control.getName())));
		assertEquals(framework.getHypotheses().stream().map(Hypothesis::getName).toList(),
				analysis.tests().stream().map(HypothesisTest::hypothesis).toList(), "every hypothesis has its test, in order");
	}

	@Test
	void aMediationIsTestedByItsIndirectEffectWithTheSignOfItsStatedSegments() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.example("sme-alliances.fwk"));
		assertEquals(new HypothesisTest("H4", "Alliances mediate the relationship between market orientation and international performance.",
				"ind_H4", ExpectedSign.POSITIVE), test(analysis, "H4"));
		assertEquals(List.of(List.of("p_MO_AL", "p_AL_IP")), defined(analysis, "ind_H4").products().orElseThrow());
		assertEquals(List.of(List.of("p_MO_IP"), List.of("p_MO_AL", "p_AL_IP")), defined(analysis, "total_MO_IP").products().orElseThrow());
		assertEquals("p_MO_IP", test(analysis, "H1").parameter());
		assertEquals(List.of(new ReversedItem("MO4", 1, 5)), analysis.reversedItems());
	}

	@Test
	void aSerialMediationMultipliesEverySegment() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.example("serial-mediation.fwk"));
		assertEquals(List.of(List.of("p_EO_OL", "p_OL_IC", "p_IC_EP")), defined(analysis, "ind_H5").products().orElseThrow());
		assertEquals(ExpectedSign.POSITIVE, test(analysis, "H5").expected());
	}

	@Test
	void aMediationWhoseSegmentsNoHypothesisSignsIsTestedTwoSided() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.example("sme-partnerships.fwk"));
		assertEquals(ExpectedSign.TWO_SIDED, test(analysis, "H4").expected());
		assertEquals(ExpectedSign.NEGATIVE, test(analysis, "H3").expected());
		assertEquals(List.of(List.of("p_SP_IS"), List.of("p_SP_KT", "p_KT_IS")), defined(analysis, "total_SP_IS").products().orElseThrow());
	}

	@Test
	void aModerationIsTestedByTheLatentInteractionWithControlsOnTheirOutcomes() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.example("eo-performance-moderation.fwk"));
		assertEquals(new HypothesisTest("H3", "Alliances strengthen the positive relationship between entrepreneurial orientation and international performance.",
				"p_EO_x_AL_IP", ExpectedSign.POSITIVE), test(analysis, "H3"));
		assertEquals(List.of("EO", "AL", "EO_x_AL", "SIZE", "AGE"),
				analysis.regressions().get(0).predictors().stream().map(p -> p.variable()).toList());
		assertEquals(9 * 4, analysis.productTerms().get(0).productNames().size(), "9 EO items by 4 AL items, unmatched");
	}

	@Test
	void curvilinearEffectsAreTestedByTheirQuadraticTerm() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.parse("curvilinear.fwk", """
				framework Curvilinear "Curvilinear effects"
				scale Agree5 likert 5
				construct X "X" scale Agree5 { item X1 "a" item X2 "b" item X3 "c" }
				construct Y "Y" scale Agree5 { item Y1 "a" item Y2 "b" item Y3 "c" }
				construct Z "Z" scale Agree5 { item Z1 "a" item Z2 "b" item Z3 "c" }
				hypothesis H1: X -> Y inverted-u
				hypothesis H2: X -> Z u-shaped
				"""));
		assertEquals(new HypothesisTest("H1", null, "p_X_sq_Y", ExpectedSign.NEGATIVE), test(analysis, "H1"));
		assertEquals(new HypothesisTest("H2", null, "p_X_sq_Z", ExpectedSign.POSITIVE), test(analysis, "H2"));
		assertEquals(1, analysis.productTerms().size(), "one square of X serves both hypotheses");
		assertTrue(analysis.productTerms().get(0).isQuadratic());
	}

	@Test
	void aModeratedFirstStageIsTestedByTheIndexOfModeratedMediation() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.parse("moderated-mediation.fwk", """
				framework ModMed "Moderated mediation"
				scale Agree5 likert 5
				construct X "X" scale Agree5 { item X1 "a" item X2 "b" item X3 "c" }
				construct M "M" scale Agree5 { item M1 "a" item M2 "b" item M3 "c" }
				construct Y "Y" scale Agree5 { item Y1 "a" item Y2 "b" item Y3 "c" }
				construct W "W" scale Agree5 { item W1 "a" item W2 "b" item W3 "c" }
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y negative
				hypothesis H3: X -> M -> Y mediation
				hypothesis H4: W moderates first stage of H3 weakens
				"""));
		assertEquals(List.of(List.of("p_X_x_W_M", "p_M_Y")), defined(analysis, "imm_H4").products().orElseThrow());
		assertEquals(new HypothesisTest("H4", null, "imm_H4", ExpectedSign.POSITIVE), test(analysis, "H4"),
				"weakening a positive first stage of a negative indirect effect makes the index positive");
		assertEquals(ExpectedSign.NEGATIVE, test(analysis, "H3").expected());
		assertEquals(List.of(new Variance("W", "var_W")), analysis.variances());
		assertEquals("p_X_M*p_M_Y - p_X_x_W_M*p_M_Y*sqrt(var_W)", expression(defined(analysis, "cind_H4_low")));
		assertEquals("p_X_M*p_M_Y", expression(defined(analysis, "cind_H4_mean")));
		assertEquals("p_X_M*p_M_Y + p_X_x_W_M*p_M_Y*sqrt(var_W)", expression(defined(analysis, "cind_H4_high")));
		assertEquals("indirect effect of H3 at W one SD above its mean", defined(analysis, "cind_H4_high").description());
	}

	@Test
	void aModeratedSecondStageIsTakenAtTheModeratorsLevelsOnTheSecondSegment() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.parse("second-stage.fwk", """
				framework SecondStage "Second-stage moderated mediation"
				scale Agree5 likert 5
				construct X "X" scale Agree5 { item X1 "a" item X2 "b" item X3 "c" }
				construct M "M" scale Agree5 { item M1 "a" item M2 "b" item M3 "c" }
				construct Y "Y" scale Agree5 { item Y1 "a" item Y2 "b" item Y3 "c" }
				construct W "W" scale Agree5 { item W1 "a" item W2 "b" item W3 "c" }
				hypothesis H1: X -> M -> Y mediation
				hypothesis H2: W moderates second stage of H1 strengthens
				"""));
		assertEquals(List.of(List.of("p_M_x_W_Y", "p_X_M")), defined(analysis, "imm_H2").products().orElseThrow());
		assertEquals("p_M_Y*p_X_M - p_M_x_W_Y*p_X_M*sqrt(var_W)", expression(defined(analysis, "cind_H2_low")));
	}

	@Test
	void aSimpleModerationHasSimpleSlopesAtTheModeratorsMeanAndOneSdEitherSide() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.testFramework("moderation.fwk"));
		assertEquals("p_X_Y - p_X_x_W_Y*sqrt(var_W)", expression(defined(analysis, "slope_H3_low")));
		assertEquals("p_X_Y", expression(defined(analysis, "slope_H3_mean")));
		assertEquals("p_X_Y + p_X_x_W_Y*sqrt(var_W)", expression(defined(analysis, "slope_H3_high")));
		assertEquals(new HypothesisTest("H3", null, "p_X_x_W_Y", ExpectedSign.POSITIVE), test(analysis, "H3"),
				"the hypothesis is tested by the interaction, not by a slope");
	}

	@Test
	void aModeratorWithAPathIntoItHasNoEffectsAtItsLevels() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.parse("endogenous-moderator.fwk", """
				framework EndogenousModerator "A moderator that is itself explained"
				scale Agree5 likert 5
				construct X "X" scale Agree5 { item X1 "a" item X2 "b" item X3 "c" }
				construct W "W" scale Agree5 { item W1 "a" item W2 "b" item W3 "c" }
				construct Y "Y" scale Agree5 { item Y1 "a" item Y2 "b" item Y3 "c" }
				construct Z "Z" scale Agree5 { item Z1 "a" item Z2 "b" item Z3 "c" }
				hypothesis H1: Z -> W positive
				hypothesis H2: X -> Y positive
				hypothesis H3: W moderates X -> Y strengthens
				"""));
		assertTrue(analysis.variances().isEmpty(), "W's variance is a residual variance, not its variance");
		assertTrue(analysis.definedParameters().stream().noneMatch(parameter -> parameter.name().startsWith("slope_")));
		assertEquals("p_X_x_W_Y", test(analysis, "H3").parameter());
	}

	private static HypothesisTest test(AnalysisModel analysis, String hypothesis) {
		return analysis.tests().stream().filter(test -> test.hypothesis().equals(hypothesis)).findFirst().orElseThrow();
	}

	@Test
	void exogenousConstructsAndProductTermsCovaryWithTheControlsAndTheControlsWithEachOther() {
		AnalysisModel analysis = AnalysisDesigner.design(Frameworks.example("eo-performance-moderation.fwk"));
		assertEquals(List.of(new Covariance("EO", "SIZE"), new Covariance("EO", "AGE"), new Covariance("AL", "SIZE"), new Covariance("AL", "AGE"),
				new Covariance("EO_x_AL", "SIZE"), new Covariance("EO_x_AL", "AGE"), new Covariance("SIZE", "AGE")), analysis.covariances(),
				"the dimensions INN, PRO and RISK of EO and the outcome IP are not exogenous");
		assertTrue(AnalysisDesigner.design(Frameworks.example("serial-mediation.fwk")).covariances().isEmpty(), "no controls, nothing to free");
	}

	private static String expression(DefinedParameter parameter) {
		return parameter.expression(label -> label, variance -> "sqrt(" + variance + ")");
	}

	private static DefinedParameter defined(AnalysisModel analysis, String name) {
		return analysis.definedParameters().stream().filter(parameter -> parameter.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not defined: " + analysis.definedParameters()));
	}
}
