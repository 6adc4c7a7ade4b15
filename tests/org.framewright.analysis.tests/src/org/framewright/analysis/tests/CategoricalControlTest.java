package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.framewright.analysis.design.AnalysisDesigner;
import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.DummyCoding;
import org.framewright.analysis.mplus.MplusWriter;
import org.framewright.analysis.seminr.SeminrWriter;
import org.framewright.analysis.semopy.SemopyWriter;
import org.framewright.analysis.spss.SpssWriter;
import org.framewright.analysis.stata.StataWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.junit.jupiter.api.Test;

/**
 * A categorical control enters every target as indicator variables of its choices against the first, made from the
 * column the questionnaire writes; never as one number. (The lavaan script is run in R by LavaanRecoveryTest.)
 */
class CategoricalControlTest {

	private final Framework framework = Frameworks.testFramework("categorical-control.fwk");

	@Test
	void theDesignCodesEveryChoiceButTheFirstAndRegressesOnTheIndicators() {
		AnalysisModel analysis = AnalysisDesigner.design(framework);
		DummyCoding coding = analysis.dummyCodings().get(0);
		assertEquals("SECTOR", coding.control());
		assertEquals(1, coding.referenceCode());
		assertEquals(List.of(new DummyCoding.Dummy("SECTOR_2", 2, "Services"), new DummyCoding.Dummy("SECTOR_3", 3, "Trade")), coding.dummies());
		assertEquals(List.of("X", "SECTOR_2", "SECTOR_3"), analysis.regressions().get(0).predictors().stream().map(p -> p.variable()).toList());
		assertTrue(analysis.columns().contains("SECTOR"), "the data hold the control's own column");
	}

	@Test
	void mplusDefinesTheIndicatorsAndUsesThemInsteadOfTheCodes() {
		String mplus = text(new MplusWriter());
		assertTrue(mplus.contains("  IF (SECTOR EQ 2) THEN SECTOR_2 = 1;\n  IF (SECTOR NE 2) THEN SECTOR_2 = 0;\n  IF (SECTOR EQ _MISSING) THEN SECTOR_2 = _MISSING;"), mplus);
		String useVariables = mplus.substring(mplus.indexOf("USEVARIABLES ARE"), mplus.indexOf(";", mplus.indexOf("USEVARIABLES ARE")));
		assertTrue(useVariables.endsWith("SECTOR_2 SECTOR_3"), "variables DEFINE makes come last: " + useVariables);
		assertFalse(useVariables.matches("(?s).*\\bSECTOR\\b.*"), "the codes are not an analysis variable: " + useVariables);
		assertTrue(mplus.contains("Y ON SECTOR_2"), mplus);
	}

	@Test
	void stataChecksTheCodesAndGeneratesTheIndicators() {
		String stata = text(new StataWriter());
		assertTrue(stata.contains("capture assert inlist(sector, 1, 2, 3) | missing(sector)"), stata);
		assertTrue(stata.contains("generate byte sector_2 = (sector == 2) if !missing(sector)"), stata);
		assertTrue(stata.contains("(Y <- X sector_2 sector_3)"), stata);
	}

	@Test
	void semopyChecksTheCodesAndMakesTheIndicators() {
		String semopy = text(new SemopyWriter());
		assertTrue(semopy.contains("unknown_codes = sorted(set(data[\"SECTOR\"].unique()) - {1, 2, 3})"), semopy);
		assertTrue(semopy.contains("data[\"SECTOR_3\"] = (data[\"SECTOR\"] == 3).astype(float)"), semopy);
		assertTrue(semopy.contains("\"Y ~ X + SECTOR_2 + SECTOR_3\""), semopy);
	}

	@Test
	void seminrAndSpssUseTheIndicators() {
		String seminr = text(new SeminrWriter());
		assertTrue(seminr.contains("data[[\"SECTOR_2\"]] <- as.numeric(data[[\"SECTOR\"]] == 2)"), seminr);
		assertTrue(seminr.contains("composite(\"SECTOR_2\", single_item(\"SECTOR_2\"))"), seminr);
		String spss = text(new SpssWriter());
		assertTrue(spss.contains("COMPUTE SECTOR_2 = (SECTOR = 2)."), spss);
		assertTrue(spss.contains("/METHOD=ENTER X SECTOR_2 SECTOR_3."), spss);
	}

	private String text(FrameworkGenerator writer) {
		return new String(writer.generate(framework).get(0).content(), StandardCharsets.UTF_8);
	}
}
