package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.framewright.dsl.ide.edit.FrameworkEdits;
import org.framewright.dsl.ide.edit.ModelEdit;
import org.framewright.model.Construct;
import org.framewright.model.ConstructKind;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationType;
import org.framewright.model.Moderation;
import org.framewright.model.ModerationDirection;
import org.junit.jupiter.api.Test;

/**
 * The model edits of the diagram's palette: each one's text edits, applied to an example as an editor applies
 * them, give the file the new or less element, and change nothing else: the file still parses, links and
 * validates without errors, and keeps every comment.
 */
class FrameworkEditsTest {

	private static final String ALLIANCES = "sme-alliances.fwk";

	private static final String MODERATION = "eo-performance-moderation.fwk";

	/** Every kind of reference a deletion must take care of: a group, a moderated mediation, a study plan, comments. */
	private static final String MODERATED_MEDIATION = """
			framework Test "Test"

			scale Five likert 5

			// the cause
			construct X "X" scale Five { item X1 "x1" item X2 "x2" item X3 "x3" }
			construct M "M" scale Five { item M1 "m1" item M2 "m2" item M3 "m3" }
			construct W "W" scale Five { item W1 "w1" item W2 "w2" item W3 "w3" }
			construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }

			group Model { X, M, W Y }

			hypothesis H1: X -> M positive
			hypothesis H2: M -> Y positive // the second stage
			hypothesis H3: X -> M -> Y mediation
			hypothesis H4: W moderates first stage of H3 strengthens
			/* the plan of
			   the study */
			plan {
			    effect H1 0.3
			    effect H3 0.1
			    effect H4 0.1
			    loading of W2 0.7
			}
			""";

	// --- adding a construct

	@Test
	void aNewConstructFollowsTheLastConstruct() {
		Framework framework = example(ALLIANCES);
		ModelEdit edit = FrameworkEdits.addConstruct(framework, "C1", "Innovation capability", Frameworks.document(framework));
		assertEquals("C1", edit.newName());
		assertEquals("Add construct C1 \"Innovation capability\"", edit.description());

		String text = textOf(framework);
		String edited = apply(text, edit);
		String lastConstructEnd = "    item IP3 \"We have achieved our objectives in foreign markets.\"\n}\n";
		assertEquals(text.replace(lastConstructEnd, lastConstructEnd + "\nconstruct C1 \"Innovation capability\" reflective {\n}\n"), edited);
		Framework result = reparsed(framework, edited);
		Construct added = construct(result, "C1");
		assertEquals("Innovation capability", added.getTitle());
		assertEquals(ConstructKind.REFLECTIVE, added.getKind());
		assertEquals(added, result.getConstructs().get(result.getConstructs().size() - 1));
	}

	@Test
	void aNewConstructsLabelIsWrittenAsAString() {
		Framework framework = example(MODERATION);
		String label = "The \"digital\" capability \\ skills";
		String edited = apply(textOf(framework), FrameworkEdits.addConstruct(framework, "DC", label, Frameworks.document(framework)));
		assertTrue(edited.contains("}\n\nconstruct DC \"The \\\"digital\\\" capability \\\\ skills\" reflective {\n}\n\ncontrol SIZE"), edited);
		assertEquals(label, construct(reparsed(framework, edited), "DC").getTitle());
	}

	@Test
	void aNewConstructWithoutLabelOrNeighboursFollowsTheScales() {
		String text = """
				framework Test "Test"
				scale Five likert 5 // the only scale
				""";
		Framework framework = Frameworks.parse(text);
		ModelEdit edit = FrameworkEdits.addConstruct(framework, "X", null, Frameworks.document(framework));
		assertEquals("Add construct X", edit.description());
		String edited = apply(text, edit);
		assertEquals("""
				framework Test "Test"
				scale Five likert 5 // the only scale

				construct X reflective {
				}
				""", edited);
		reparsed(framework, edited);
	}

	@Test
	void aConstructNameInUseOrNotAnIdIsRefused() {
		Framework framework = example(ALLIANCES);
		Document document = Frameworks.document(framework);
		assertRefused("construct MO", () -> FrameworkEdits.addConstruct(framework, "MO", "Again", document));
		assertRefused("item MO1 of construct MO", () -> FrameworkEdits.addConstruct(framework, "MO1", "Item", document));
		assertRefused("control SIZE", () -> FrameworkEdits.addConstruct(framework, "SIZE", "Size", document));
		assertRefused("keyword", () -> FrameworkEdits.addConstruct(framework, "construct", "Keyword", document));
		assertRefused("keyword", () -> FrameworkEdits.addConstruct(framework, "positive", "Keyword", document));
		for (String notAnId : new String[] { "2MO", "M O", "M-O", "", null }) {
			assertRefused("not a valid construct name", () -> FrameworkEdits.addConstruct(framework, notAnId, "Invalid", document));
		}
	}

	@Test
	void aFreeConstructNameIsTheBaseWithTheFirstUnusedNumber() {
		Framework framework = example(ALLIANCES);
		assertEquals("C1", FrameworkEdits.freeConstructName(framework, null));
		assertEquals("C1", FrameworkEdits.freeConstructName(framework, ""));
		assertEquals("MO5", FrameworkEdits.freeConstructName(framework, "MO"), "MO1 to MO4 are item codes");
		assertEquals("SIZE1", FrameworkEdits.freeConstructName(framework, "SIZE"));
		assertRefused("cannot start a construct name", () -> FrameworkEdits.freeConstructName(framework, "1"));

		Framework withC1 = reparsed(framework, apply(textOf(framework), FrameworkEdits.addConstruct(framework,
				FrameworkEdits.freeConstructName(framework, "C"), "New", Frameworks.document(framework))));
		assertEquals("C2", FrameworkEdits.freeConstructName(withC1, "C"));
	}

	// --- adding hypotheses

	@Test
	void aDirectEffectFollowsTheLastHypothesisWithTheNextNumber() {
		Framework framework = example(ALLIANCES);
		Framework withConstruct = reparsed(framework,
				apply(textOf(framework), FrameworkEdits.addConstruct(framework, "CI", "Competitive intensity", Frameworks.document(framework))));
		String text = textOf(withConstruct);

		ModelEdit edit = FrameworkEdits.addDirectEffect(withConstruct, construct(withConstruct, "CI"), construct(withConstruct, "IP"),
				Expectation.NEGATIVE, Frameworks.document(withConstruct));
		assertEquals("Add hypothesis H5: CI -> IP negative", edit.description());
		assertEquals("H5", edit.newName());
		String edited = apply(text, edit);
		assertEquals(text + "hypothesis H5: CI -> IP negative\n", edited);
		DirectEffect added = (DirectEffect) hypothesis(reparsed(withConstruct, edited), "H5");
		assertEquals("CI", added.getCause().getName());
		assertEquals("IP", added.getEffect().getName());
		assertEquals(Expectation.NEGATIVE, added.getExpectation());
	}

	@Test
	void aDirectEffectFollowsAHypothesisWrittenOnTwoLinesAndPrecedesThePlan() {
		Framework framework = example(MODERATION);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.addDirectEffect(framework, construct(framework, "EO"), construct(framework, "AL"), Expectation.POSITIVE,
				Frameworks.document(framework));
		String edited = apply(text, edit);
		String lastStatement = "between entrepreneurial orientation and international performance.\"\n";
		assertEquals(text.replace(lastStatement, lastStatement + "hypothesis H4: EO -> AL positive\n"), edited);
		DirectEffect added = (DirectEffect) hypothesis(reparsed(framework, edited), "H4");
		assertEquals(List.of("EO", "AL"), List.of(added.getCause().getName(), added.getEffect().getName()));
		assertEquals(Expectation.POSITIVE, added.getExpectation());
	}

	@Test
	void aMediationIsWrittenAsItsChain() {
		Framework framework = example(MODERATION);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.addMediation(framework, construct(framework, "EO"), construct(framework, "AL"), construct(framework, "IP"),
				Frameworks.document(framework));
		assertEquals("Add hypothesis H4: EO -> AL -> IP mediation", edit.description());
		String edited = apply(text, edit);
		assertTrue(edited.contains("performance.\"\nhypothesis H4: EO -> AL -> IP mediation\n\nplan {"), edited);
		Mediation added = (Mediation) hypothesis(reparsed(framework, edited), "H4");
		assertEquals(List.of("EO", "AL", "IP"), added.getChain().stream().map(Construct::getName).toList());
		assertEquals(MediationType.UNSPECIFIED, added.getType());
	}

	@Test
	void aModerationIsWrittenWithItsDirection() {
		Framework framework = example(ALLIANCES);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.addModeration(framework, construct(framework, "AL"), construct(framework, "MO"), construct(framework, "IP"),
				ModerationDirection.STRENGTHENS, Frameworks.document(framework));
		assertEquals("Add hypothesis H5: AL moderates MO -> IP strengthens", edit.description());
		String edited = apply(text, edit);
		assertEquals(text + "hypothesis H5: AL moderates MO -> IP strengthens\n", edited);
		Moderation added = (Moderation) hypothesis(reparsed(framework, edited), "H5");
		assertEquals(List.of("AL", "MO", "IP"), List.of(added.getModerator().getName(), added.getCause().getName(), added.getEffect().getName()));
		assertEquals(ModerationDirection.STRENGTHENS, added.getDirection());
	}

	@Test
	void aNewHypothesisGoesAfterALineCommentOfTheLastOne() {
		String text = MODERATED_MEDIATION.replace("first stage of H3 strengthens", "first stage of H3 // moderated mediation");
		Framework framework = Frameworks.parse(text);
		ModelEdit edit = FrameworkEdits.addModeration(framework, construct(framework, "W"), construct(framework, "M"), construct(framework, "Y"),
				null, Frameworks.document(framework));
		String edited = apply(text, edit);
		assertTrue(edited.contains("H3 // moderated mediation\nhypothesis H5: W moderates M -> Y\n/* the plan of"), edited);
		assertEquals(ModerationDirection.UNSPECIFIED, ((Moderation) hypothesis(reparsed(framework, edited), "H5")).getDirection());
	}

	@Test
	void theFirstHypothesisFollowsTheConstructsBeforeThePlan() {
		String text = """
				framework Test "Test"

				scale Five likert 5

				construct X "X" scale Five { item X1 "x1" item X2 "x2" item X3 "x3" }
				construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }

				plan {
				    sample 200
				}
				""";
		Framework framework = Frameworks.parse(text);
		String edited = apply(text, FrameworkEdits.addDirectEffect(framework, construct(framework, "X"), construct(framework, "Y"), null,
				Frameworks.document(framework)));
		assertEquals(text.replace("\"y3\" }\n", "\"y3\" }\n\nhypothesis H1: X -> Y\n"), edited);
		reparsed(framework, edited);
	}

	@Test
	void aHypothesisOfConstructsThatAreNotDifferentConstructsOfTheFrameworkIsRefused() {
		Framework framework = example(ALLIANCES);
		Document document = Frameworks.document(framework);
		Construct mo = construct(framework, "MO");
		Construct al = construct(framework, "AL");
		Construct ip = construct(framework, "IP");
		assertRefused("MO is given twice", () -> FrameworkEdits.addDirectEffect(framework, mo, mo, Expectation.POSITIVE, document));
		assertRefused("AL is given twice", () -> FrameworkEdits.addMediation(framework, mo, al, al, document));
		assertRefused("AL is given twice", () -> FrameworkEdits.addModeration(framework, al, al, ip, ModerationDirection.WEAKENS, document));
		Construct elsewhere = construct(example(ALLIANCES), "AL");
		assertRefused("constructs of framework SmeAlliances", () -> FrameworkEdits.addDirectEffect(framework, mo, elsewhere, null, document));
		assertRefused("constructs of framework SmeAlliances", () -> FrameworkEdits.addMediation(framework, mo, null, ip, document));
	}

	@Test
	void aDocumentWithAnotherTextThanTheModelsIsRefused() {
		Framework framework = example(ALLIANCES);
		Document changed = new Document(2, textOf(framework) + "// a comment typed since\n");
		assertRefused("parse it again", () -> FrameworkEdits.addConstruct(framework, "C1", "C", changed));
		assertRefused("parse it again", () -> FrameworkEdits.delete(hypothesis(framework, "H1"), changed));
	}

	// --- deleting

	@Test
	void aDeletedHypothesisLeavesNoEmptyLine() {
		Framework framework = example(ALLIANCES);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.delete(hypothesis(framework, "H2"), Frameworks.document(framework));
		assertEquals("Delete hypothesis H2", edit.description());
		assertNull(edit.newName());
		String edited = apply(text, edit);
		assertEquals(withoutLines(text, "hypothesis H2:", 1), edited);
		assertEquals(List.of("H1", "H3", "H4"), reparsed(framework, edited).getHypotheses().stream().map(Hypothesis::getName).toList());
	}

	@Test
	void aDeletedHypothesisTakesItsStatementLineAndItsPlannedEffect() {
		Framework framework = example(MODERATION);
		String text = textOf(framework);
		String edited = apply(text, FrameworkEdits.delete(hypothesis(framework, "H2"), Frameworks.document(framework)));
		assertEquals(withoutLines(withoutLines(text, "hypothesis H2:", 2), "    effect H2", 1), edited);
		Framework result = reparsed(framework, edited);
		assertEquals(List.of("H1", "H3"), result.getHypotheses().stream().map(Hypothesis::getName).toList());
		assertEquals(List.of("H1", "H3"), result.getPlan().getEffects().stream().map(e -> e.getHypothesis().getName()).toList());
	}

	@Test
	void aDeletedMediationTakesTheModerationsOfItsStages() {
		Framework framework = Frameworks.parse(MODERATED_MEDIATION);
		ModelEdit edit = FrameworkEdits.delete(hypothesis(framework, "H3"), Frameworks.document(framework));
		assertEquals("Delete hypothesis H3 and hypothesis H4", edit.description());
		String edited = apply(MODERATED_MEDIATION, edit);
		assertEquals(MODERATED_MEDIATION.replace("hypothesis H3: X -> M -> Y mediation\nhypothesis H4: W moderates first stage of H3 strengthens\n", "")
				.replace("    effect H3 0.1\n    effect H4 0.1\n", ""), edited);
		reparsed(framework, edited);
	}

	@Test
	void aDeletedHypothesisLeavesTheCommentOnItsLine() {
		Framework framework = Frameworks.parse(MODERATED_MEDIATION);
		String edited = apply(MODERATED_MEDIATION, FrameworkEdits.delete(hypothesis(framework, "H2"), Frameworks.document(framework)));
		assertEquals(MODERATED_MEDIATION.replace("hypothesis H2: M -> Y positive // the second stage", "// the second stage"), edited);
		reparsed(framework, edited);
	}

	@Test
	void aDeletedConstructTakesEveryHypothesisThatRefersToIt() {
		Framework framework = example(ALLIANCES);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.delete(construct(framework, "IP"), Frameworks.document(framework));
		assertEquals("Delete construct IP and hypotheses H1, H3, H4", edit.description());
		String edited = apply(text, edit);
		// the construct's lines and the blank line after them, so one blank line stays before the control
		assertEquals(withoutLines(withoutLines(withoutLines(text, "construct IP", 6), "hypothesis H1:", 1), "hypothesis H3:", 2), edited);
		Framework result = reparsed(framework, edited);
		assertNoReferenceTo(result, edited, "IP");
		assertEquals(List.of("H2"), result.getHypotheses().stream().map(Hypothesis::getName).toList());
	}

	@Test
	void aDeletedOutcomeLeavesTheControlsAndThePlanWithoutIt() {
		Framework framework = example(MODERATION);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.delete(construct(framework, "IP"), Frameworks.document(framework));
		assertEquals("Delete construct IP and hypotheses H1, H2, H3", edit.description());
		String edited = apply(text, edit);
		assertEquals(withoutLines(withoutLines(withoutLines(text, "construct IP", 7), "hypothesis H1:", 7), "    effect H1", 3)
				.replace(" scale Employees for IP\n", " scale Employees\n").replace(" scale Years for IP\n", " scale Years\n"), edited);
		Framework result = reparsed(framework, edited);
		assertNoReferenceTo(result, edited, "IP");
		assertTrue(result.getControls().stream().allMatch(c -> c.getOutcomes().isEmpty()));
		assertTrue(result.getHypotheses().isEmpty());
		assertTrue(result.getPlan().getEffects().isEmpty());
	}

	@Test
	void aDeletedModeratorTakesItsModeration() {
		Framework framework = example(MODERATION);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.delete(construct(framework, "AL"), Frameworks.document(framework));
		assertEquals("Delete construct AL and hypotheses H2, H3", edit.description());
		String edited = apply(text, edit);
		assertEquals(withoutLines(withoutLines(withoutLines(text, "construct AL", 7), "hypothesis H2:", 4), "    effect H2", 2), edited);
		assertNoReferenceTo(reparsed(framework, edited), edited, "AL");
	}

	@Test
	void aDeletedDimensionLeavesTheOthersAndTheLastTakesTheKeyword() {
		Framework framework = example(MODERATION);
		String text = textOf(framework);
		String withoutPro = apply(text, FrameworkEdits.delete(construct(framework, "PRO"), Frameworks.document(framework)));
		assertEquals(withoutLines(text, "construct PRO", 6).replace("dimensions INN, PRO, RISK", "dimensions INN, RISK"), withoutPro);

		Framework second = reparsed(framework, withoutPro);
		String withoutRisk = apply(withoutPro, FrameworkEdits.delete(construct(second, "RISK"), Frameworks.document(second)));
		assertEquals(withoutLines(withoutPro, "construct RISK", 6).replace("dimensions INN, RISK", "dimensions INN"), withoutRisk);

		Framework third = reparsed(second, withoutRisk);
		String withoutInn = apply(withoutRisk, FrameworkEdits.delete(construct(third, "INN"), Frameworks.document(third)));
		assertEquals(withoutLines(withoutRisk, "construct INN", 6).replace(" theory EOT, RBV dimensions INN\n", " theory EOT, RBV\n"), withoutInn);
		assertTrue(construct(reparsed(third, withoutInn), "EO").getDimensions().isEmpty());
	}

	@Test
	void aDeletedConstructLeavesItsGroupThePlanAndTheComments() {
		Framework framework = Frameworks.parse(MODERATED_MEDIATION);
		ModelEdit edit = FrameworkEdits.delete(construct(framework, "X"), Frameworks.document(framework));
		assertEquals("Delete construct X and hypotheses H1, H3, H4", edit.description());
		String edited = apply(MODERATED_MEDIATION, edit);
		assertEquals("""
				framework Test "Test"

				scale Five likert 5

				// the cause
				construct M "M" scale Five { item M1 "m1" item M2 "m2" item M3 "m3" }
				construct W "W" scale Five { item W1 "w1" item W2 "w2" item W3 "w3" }
				construct Y "Y" scale Five { item Y1 "y1" item Y2 "y2" item Y3 "y3" }

				group Model { M, W Y }

				hypothesis H2: M -> Y positive // the second stage
				/* the plan of
				   the study */
				plan {
				    loading of W2 0.7
				}
				""", edited);
		assertNoReferenceTo(reparsed(framework, edited), edited, "X");
	}

	@Test
	void aDeletedConstructTakesItsItemsLoadingsAndLeavesItsGroupNeighbours() {
		Framework framework = Frameworks.parse(MODERATED_MEDIATION);
		String edited = apply(MODERATED_MEDIATION, FrameworkEdits.delete(construct(framework, "W"), Frameworks.document(framework)));
		assertEquals(withoutLines(withoutLines(withoutLines(MODERATED_MEDIATION, "construct W", 1), "hypothesis H4:", 1), "    effect H4", 2)
				.replace("{ X, M, W Y }", "{ X, M Y }"), edited);
		assertNoReferenceTo(reparsed(framework, edited), edited, "W");
	}

	@Test
	void aDeletedConstructTakesItsPlannedReliability() {
		String text = MODERATED_MEDIATION.replace("    loading of W2 0.7\n",
				"    loading of W2 0.7\n    reliability of M 0.85\n    reliability of Y 0.8\n");
		Framework framework = Frameworks.parse(text);
		ModelEdit edit = FrameworkEdits.delete(construct(framework, "M"), Frameworks.document(framework));
		assertEquals("Delete construct M and hypotheses H1, H2, H3, H4", edit.description());
		String edited = apply(text, edit);
		assertTrue(edited.endsWith("""
				plan {
				    loading of W2 0.7
				    reliability of Y 0.8
				}
				"""), edited);
		assertNoReferenceTo(reparsed(framework, edited), edited, "M");
	}

	@Test
	void aDeletedControlLeavesOneBlankLine() {
		Framework framework = example(ALLIANCES);
		String text = textOf(framework);
		ModelEdit edit = FrameworkEdits.delete(framework.getControls().get(0), Frameworks.document(framework));
		assertEquals("Delete control SIZE", edit.description());
		String edited = apply(text, edit);
		assertEquals(withoutLines(text, "control SIZE", 2), edited);
		assertTrue(reparsed(framework, edited).getControls().isEmpty());
	}

	@Test
	void aFileWithWindowsLineBreaksKeepsThem() {
		String text = Frameworks.exampleText(ALLIANCES).replace("\n", "\r\n");
		Framework framework = withoutErrors(text);
		String added = apply(text, FrameworkEdits.addModeration(framework, construct(framework, "AL"), construct(framework, "MO"),
				construct(framework, "IP"), ModerationDirection.WEAKENS, Frameworks.document(framework)));
		assertEquals(text + "hypothesis H5: AL moderates MO -> IP weakens\r\n", added);
		String deleted = apply(text, FrameworkEdits.delete(framework.getControls().get(0), Frameworks.document(framework)));
		assertEquals(text.replace("control SIZE \"Number of employees\" numeric\r\n\r\n", ""), deleted);
		reparsed(framework, added);
		reparsed(framework, deleted);
	}

	@Test
	void onlyHypothesesConstructsAndControlsAreDeleted() {
		Framework framework = example(ALLIANCES);
		Document document = Frameworks.document(framework);
		assertRefused("not Theory", () -> FrameworkEdits.delete(framework.getTheories().get(0), document));
		assertRefused("not Item", () -> FrameworkEdits.delete(construct(framework, "MO").getItems().get(0), document));
	}

	// --- helpers

	private static Framework example(String file) {
		return withoutErrors(Frameworks.exampleText(file));
	}

	/** A framework as written, which has no errors. */
	private static Framework withoutErrors(String text) {
		Framework framework = Frameworks.parse(text);
		assertEquals(List.of(), Frameworks.errors(framework), text);
		return framework;
	}

	private static String textOf(Framework framework) {
		return Frameworks.document(framework).getContents();
	}

	/** Applies an edit's text edits as an editor does, after checking that they do not overlap. */
	private static String apply(String text, ModelEdit edit) {
		List<TextEdit> sorted = new ArrayList<>(edit.edits());
		sorted.sort(Comparator.comparingInt(e -> TextEdits.offset(text, e.getRange().getStart())));
		for (int i = 1; i < sorted.size(); i++) {
			assertTrue(TextEdits.offset(text, sorted.get(i - 1).getRange().getEnd()) <= TextEdits.offset(text, sorted.get(i).getRange().getStart()),
					() -> "overlapping edits " + sorted);
		}
		return TextEdits.apply(text, edit.edits());
	}

	/** The edited text parsed: it must have no errors and every comment of the original. */
	private static Framework reparsed(Framework original, String edited) {
		Framework result = Frameworks.parse(edited);
		assertEquals(List.of(), Frameworks.errors(result), edited);
		assertEquals(Frameworks.comments(original), Frameworks.comments(result), edited);
		return result;
	}

	/** No element refers to a construct of that name, and its name is nowhere in the text. */
	private static void assertNoReferenceTo(Framework framework, String text, String name) {
		for (EObject referenced : EcoreUtil.CrossReferencer.find(List.of(framework)).keySet()) {
			assertFalse(referenced instanceof Construct construct && name.equals(construct.getName()), text);
			assertFalse(referenced.eIsProxy(), text);
		}
		assertFalse(Pattern.compile("\\b" + name + "\\b").matcher(text).find(), text);
	}

	/** The text less {@code count} lines from the one line that starts with {@code start}. */
	private static String withoutLines(String text, String start, int count) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		List<Integer> matching = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				matching.add(i);
			}
		}
		assertEquals(1, matching.size(), () -> "lines starting with '" + start + "': " + matching);
		lines.subList(matching.get(0), matching.get(0) + count).clear();
		return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
	}

	private static Construct construct(Framework framework, String name) {
		return framework.getConstructs().stream().filter(c -> name.equals(c.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no construct " + name));
	}

	private static Hypothesis hypothesis(Framework framework, String name) {
		return framework.getHypotheses().stream().filter(h -> name.equals(h.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no hypothesis " + name));
	}

	private static void assertRefused(String messagePart, Runnable edit) {
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, edit::run);
		assertTrue(refusal.getMessage().contains(messagePart), refusal::getMessage);
	}
}
