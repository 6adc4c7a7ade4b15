package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.framewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

class HypothesisStructureChecksTest extends LanguageTest {

	@Test
	void mediationWithoutItsPathsWarnsOncePerMissingPathWithFixData() {
		List<Issue> missing = issues(XMY + "hypothesis H1: X -> M -> Y mediation\n").stream()
				.filter(i -> IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED.equals(i.getCode())).toList();
		assertEquals(2, missing.size(), missing::toString);
		assertEquals(Severity.WARNING, missing.get(0).getSeverity());
		assertArrayEquals(new String[] { "X", "M" }, missing.get(0).getData());
		assertArrayEquals(new String[] { "M", "Y" }, missing.get(1).getData());
		assertEquals(6, missing.get(0).getLineNumber());
		assertEquals(16, missing.get(0).getColumn());
		assertEquals(21, missing.get(1).getColumn());
	}

	@Test
	void mediationWhosePathsAreStatedIsSilent() {
		assertEquals(List.of(), codes(XMY + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation full
				"""));
	}

	@Test
	void serialMediationChecksThePathBetweenMediators() {
		String text = XMY + """
				construct N "N" scale Five { item N1 "n1" item N2 "n2" item N3 "n3" }
				hypothesis H1: X -> M positive
				hypothesis H2: N -> Y positive
				hypothesis H3: X -> M -> N -> Y mediation
				""";
		Issue issue = only(text, IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED);
		assertArrayEquals(new String[] { "M", "N" }, issue.getData());
		org.junit.jupiter.api.Assertions.assertTrue(issue.getMessage().contains("path between mediators"));
	}

	@Test
	void mediationNamingAConstructTwiceIsAnError() {
		assertIssue(XMY + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> X -> M mediation
				""", IssueCodes.CONSTRUCT_REPEATED, Severity.ERROR, 7, "names 'M' twice");
	}

	@Test
	void moderationNamingAConstructTwiceIsAnError() {
		assertIssue(XMY + """
				hypothesis H1: X -> Y positive
				hypothesis H2: X moderates X -> Y strengthens
				""", IssueCodes.CONSTRUCT_REPEATED, Severity.ERROR, 7, "names 'X' twice");
	}

	@Test
	void effectOfAConstructOnItselfIsAnError() {
		assertIssue(XMY + "hypothesis H1: X -> X positive\n", IssueCodes.CONSTRUCT_REPEATED, Severity.ERROR, 6, "affect itself");
	}

	@Test
	void moderationOfAnUnstatedPathIsAWarning() {
		Issue issue = only(XMY + "hypothesis H1: M moderates X -> Y strengthens\n", IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertArrayEquals(new String[] { "X", "Y" }, issue.getData());
	}

	@Test
	void moderationOfAStatedOrImpliedPathIsSilent() {
		assertNoIssue(XMY + """
				hypothesis H1: X -> Y positive
				hypothesis H2: M moderates X -> Y weakens
				""", IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED);
		assertNoIssue(XMY + """
				construct W "W" scale Five { item W1 "w1" item W2 "w2" item W3 "w3" }
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation
				hypothesis H4: W moderates X -> M strengthens
				hypothesis H5: W moderates second stage of H3 weakens
				""", IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED);
	}

	@Test
	void moderatedMediationResolvesItsStage() {
		String text = XMY + """
				construct W "W" scale Five { item W1 "w1" item W2 "w2" item W3 "w3" }
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation
				hypothesis H4: W moderates first stage of H3 strengthens
				""";
		assertEquals(List.of(), codes(text));
	}

	@Test
	void oppositeSignsOnOnePathContradict() {
		assertIssue(XMY + """
				hypothesis H1: X -> Y positive
				hypothesis H2: X -> Y negative
				""", IssueCodes.CONTRADICTORY_HYPOTHESES, Severity.ERROR, 7, "contradicts H1 (line 6)");
	}

	@Test
	void theSameHypothesisTwiceIsAWarning() {
		assertIssue(XMY + """
				hypothesis H1: X -> Y positive
				hypothesis H2: X -> Y positive
				""", IssueCodes.DUPLICATE_HYPOTHESIS, Severity.WARNING, 7, "repeats H1");
		assertIssue(XMY + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation
				hypothesis H4: X -> M -> Y mediation partial
				""", IssueCodes.DUPLICATE_HYPOTHESIS, Severity.WARNING, 9, "repeats H3");
	}

	@Test
	void cycleAmongHypothesesIsAnErrorNamingTheLoop() {
		String text = XMY + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: Y -> X negative
				""";
		List<Issue> cycles = issues(text).stream().filter(i -> IssueCodes.CYCLE.equals(i.getCode())).toList();
		assertEquals(3, cycles.size(), cycles::toString);
		assertEquals(Severity.ERROR, cycles.get(0).getSeverity());
		org.junit.jupiter.api.Assertions.assertTrue(cycles.get(2).getMessage().contains("(Y -> X -> M -> Y)"), cycles.get(2).getMessage());
	}

	@Test
	void cycleIsAllowedWhenTheFrameworkSaysSo() {
		assertNoIssue(XMY.replace("framework T \"Test\"", "framework T \"Test\" feedback allowed") + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> X positive
				hypothesis H3: M -> Y positive
				""", IssueCodes.CYCLE);
	}

	@Test
	void unusedConstructIsAWarning() {
		assertIssue(XMY + "hypothesis H1: X -> M positive\n", IssueCodes.UNUSED_CONSTRUCT, Severity.WARNING, 5, "'Y'");
	}

	@Test
	void nondirectionalHypothesesAreInformation() {
		assertIssue(XMY + """
				hypothesis H1: X -> M nondirectional
				hypothesis H2: M -> Y positive
				""", IssueCodes.NONDIRECTIONAL_HYPOTHESIS, Severity.INFO, 6, "expected sign");
		assertIssue(XMY + """
				hypothesis H1: X -> Y positive
				hypothesis H2: M moderates X -> Y
				""", IssueCodes.NONDIRECTIONAL_HYPOTHESIS, Severity.INFO, 7, "strengthens or weakens");
	}

	@Test
	void curvilinearHypothesesAreDirectional() {
		assertEquals(List.of(), codes(XMY + """
				hypothesis H1: X -> M inverted-u
				hypothesis H2: M -> Y u-shaped
				"""));
	}

	@Test
	void fullMediationBesideADirectEffectIsAWarning() {
		assertIssue(XMY + """
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> Y positive
				hypothesis H4: X -> M -> Y mediation full
				""", IssueCodes.FULL_MEDIATION_WITH_DIRECT_EFFECT, Severity.WARNING, 9, "full mediation");
	}
}
