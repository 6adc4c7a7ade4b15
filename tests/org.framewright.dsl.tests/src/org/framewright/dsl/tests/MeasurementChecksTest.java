package org.framewright.dsl.tests;

import org.eclipse.xtext.diagnostics.Severity;
import org.framewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

class MeasurementChecksTest extends LanguageTest {

	private static String withY(String constructs, String hypothesis) {
		return HEADER + """
				construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }
				""" + constructs + hypothesis;
	}

	@Test
	void reflectiveConstructWithTwoItemsIsAWarning() {
		assertIssue(withY("construct K \"K\" scale Five { item K1 \"k1\" item K2 \"k2\" }\n", "hypothesis H1: K -> Y positive\n"),
				IssueCodes.TOO_FEW_ITEMS, Severity.WARNING, 4, "only 2 items");
	}

	@Test
	void singleItemIsInformation() {
		assertIssue(withY("construct K \"K\" scale Five { item K1 \"k1\" }\n", "hypothesis H1: K -> Y positive\n"),
				IssueCodes.SINGLE_ITEM_MEASURE, Severity.INFO, 4, "single-item measure");
	}

	@Test
	void threeItemsAreEnough() {
		String text = withY("construct K \"K\" scale Five { item K1 \"k1\" item K2 \"k2\" item K3 \"k3\" }\n", "hypothesis H1: K -> Y positive\n");
		assertNoIssue(text, IssueCodes.TOO_FEW_ITEMS);
		assertNoIssue(text, IssueCodes.SINGLE_ITEM_MEASURE);
	}

	@Test
	void formativeConstructWithOneItemIsAWarning() {
		assertIssue(withY("construct K \"K\" formative scale Five { item K1 \"k1\" }\n", "hypothesis H1: K -> Y positive\n"),
				IssueCodes.FORMATIVE_SINGLE_ITEM, Severity.WARNING, 4, "single item");
	}

	@Test
	void formativeConstructWithTwoItemsIsFine() {
		String text = withY("construct K \"K\" formative scale Five { item K1 \"k1\" item K2 \"k2\" }\n", "hypothesis H1: K -> Y positive\n");
		assertNoIssue(text, IssueCodes.FORMATIVE_SINGLE_ITEM);
		assertNoIssue(text, IssueCodes.TOO_FEW_ITEMS);
	}

	@Test
	void higherOrderConstructWithOneDimensionIsAWarning() {
		assertIssue(withY("""
				construct D1 "D1" scale Five { item D11 "a" item D12 "b" item D13 "c" }
				construct H "H" dimensions D1
				""", "hypothesis H1: H -> Y positive\n"), IssueCodes.TOO_FEW_DIMENSIONS, Severity.WARNING, 5, "one dimension");
	}

	@Test
	void higherOrderConstructWithTwoDimensionsIsFineAndItsDimensionsAreUsed() {
		String text = withY("""
				construct D1 "D1" scale Five { item D11 "a" item D12 "b" item D13 "c" }
				construct D2 "D2" scale Five { item D21 "a" item D22 "b" item D23 "c" }
				construct H "H" dimensions D1, D2
				""", "hypothesis H1: H -> Y positive\n");
		assertNoIssue(text, IssueCodes.TOO_FEW_DIMENSIONS);
		assertNoIssue(text, IssueCodes.UNUSED_CONSTRUCT);
		assertNoIssue(text, IssueCodes.NO_ITEMS);
	}

	@Test
	void itemWithAnotherScaleAndNoReasonIsAWarning() {
		assertIssue(withY("""
				scale Seven likert 7
				construct K "K" scale Five { item K1 "k1" item K2 "k2" item K3 "k3" scale Seven }
				""", "hypothesis H1: K -> Y positive\n"), IssueCodes.ITEM_SCALE_DIFFERS, Severity.WARNING, 5, "'Seven'");
	}

	@Test
	void itemWithAnotherScaleAndAReasonIsFine() {
		assertNoIssue(withY("""
				scale Seven likert 7
				construct K "K" scale Five { item K1 "k1" item K2 "k2" item K3 "k3" scale Seven because "adopted from Smith (2001)" }
				""", "hypothesis H1: K -> Y positive\n"), IssueCodes.ITEM_SCALE_DIFFERS);
	}

	@Test
	void itemWithoutAnyScaleIsAWarning() {
		assertIssue(withY("construct K \"K\" { item K1 \"k1\" item K2 \"k2\" item K3 \"k3\" }\n", "hypothesis H1: K -> Y positive\n"),
				IssueCodes.ITEM_WITHOUT_SCALE, Severity.WARNING, 4, "'K' and its items have no scale");
		assertIssue(withY("scale Seven likert 7\nconstruct K \"K\" { item K1 \"k1\" scale Seven item K2 \"k2\" scale Seven item K3 \"k3\" }\n",
				"hypothesis H1: K -> Y positive\n"), IssueCodes.ITEM_WITHOUT_SCALE, Severity.WARNING, 5, "Item 'K3' has no scale");
	}

	@Test
	void likertScaleNeedsTwoToElevenPoints() {
		assertIssue(HEADER + "scale Wide likert 12\n", IssueCodes.INVALID_SCALE, Severity.ERROR, 3, "not 12");
	}

	@Test
	void likertLabelsMustMatchPoints() {
		assertIssue(HEADER + "scale Three likert 3 labels \"low\" \"high\"\n", IssueCodes.INVALID_SCALE, Severity.ERROR, 3,
				"3 points but 2 labels");
	}

	@Test
	void numericRangeMustBeOrdered() {
		assertIssue(HEADER + "scale Age numeric min 10 max 5\n", IssueCodes.INVALID_SCALE, Severity.ERROR, 3, "minimum");
	}

	@Test
	void categoricalCodesMustBeUnique() {
		assertIssue(HEADER + "scale Sector categorical { 1 \"Manufacturing\" 1 \"Services\" }\n", IssueCodes.INVALID_SCALE,
				Severity.ERROR, 3, "already stands for");
	}

	@Test
	void duplicateTranslationIsAWarning() {
		assertIssue(withY("construct K \"K\" scale Five { item K1 \"k1\" translation ms \"a\" translation ms \"b\" item K2 \"k2\" item K3 \"k3\" }\n",
				"hypothesis H1: K -> Y positive\n"), IssueCodes.DUPLICATE_TRANSLATION, Severity.WARNING, 4, "'ms'");
	}

	@Test
	void constructWithoutItemsIsInformationOnlyWhenOthersHaveItems() {
		assertIssue(withY("construct K \"K\"\n", "hypothesis H1: K -> Y positive\n"), IssueCodes.NO_ITEMS, Severity.INFO, 4, "no items");
		assertNoIssue("""
				framework Review "A review"
				construct A "Antecedents"
				construct O "Outcomes"
				hypothesis P1: A -> O positive
				""", IssueCodes.NO_ITEMS);
	}

	@Test
	void constructInTwoGroupsIsAWarning() {
		assertIssue(XMY + """
				group G1 "First" { X, M }
				group G2 "Second" { M, Y }
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				""", IssueCodes.CONSTRUCT_IN_SEVERAL_GROUPS, Severity.WARNING, 7, "'M'");
	}
}
