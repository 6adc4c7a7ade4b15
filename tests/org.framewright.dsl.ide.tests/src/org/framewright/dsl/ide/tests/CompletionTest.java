package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/**
 * Completion proposes what may follow the cursor: constructs where a hypothesis or a planned reliability names one,
 * the expected effects after a path, the entries of a study plan.
 */
class CompletionTest extends LanguageServerTest {

	@Test
	void afterHypothesisColonTheConstructsAreProposed() throws Exception {
		List<String> labels = completeAtEnd(textOf(PARTNERSHIPS) + "\nhypothesis H9: ");
		assertTrue(labels.containsAll(List.of("SP", "A", "MC", "KT", "IS")), labels::toString);
		assertTrue(labels.stream().noneMatch(label -> label.contains(".")), () -> "qualified names proposed: " + labels);
		assertTrue(labels.stream().noneMatch(label -> List.of("H1", "Sp1", "Five").contains(label)), labels::toString);
	}

	@Test
	void afterAPathTheExpectedEffectsAreProposed() throws Exception {
		List<String> labels = completeAtEnd(textOf(PARTNERSHIPS) + "\nhypothesis H9: MC -> KT ");
		assertTrue(labels.containsAll(List.of("positive", "negative", "nondirectional", "inverted-u", "u-shaped")), labels::toString);
	}

	@Test
	void inAPlanTheReliabilityOfAConstructIsProposedBesideTheLoadingOfAnItem() throws Exception {
		List<String> entries = completeAtEnd(textOf(PARTNERSHIPS) + "\nplan {\n    sample 200\n    ");
		assertTrue(entries.containsAll(List.of("effect", "loading", "reliability")), entries::toString);
		List<String> constructs = completeAtEnd(textOf(PARTNERSHIPS) + "\nplan {\n    reliability of ");
		assertTrue(constructs.containsAll(List.of("SP", "A", "MC", "KT", "IS")), constructs::toString);
		assertTrue(constructs.stream().noneMatch(label -> List.of("H1", "Sp1", "Five").contains(label) || label.contains(".")), constructs::toString);
	}

	private List<String> completeAtEnd(String text) throws Exception {
		open(PARTNERSHIPS, text);
		String[] lines = text.split("\n", -1);
		Position end = new Position(lines.length - 1, lines[lines.length - 1].length());
		var result = await(server.getTextDocumentService().completion(new CompletionParams(document(PARTNERSHIPS), end)));
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
