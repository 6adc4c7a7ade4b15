package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.Test;

/**
 * Go to definition and find references between constructs and the hypotheses that name them.
 */
class NavigationTest extends LanguageServerTest {

	@Test
	void definitionOfAReferenceIsTheConstruct() throws Exception {
		String text = textOf(PARTNERSHIPS);
		open(PARTNERSHIPS, text);
		var result = await(server.getTextDocumentService().definition(
				new DefinitionParams(document(PARTNERSHIPS), TextEdits.positionOf(text, "H4: SP -> KT", 0, 11))));
		List<? extends Location> locations = result.getLeft();
		assertEquals(1, locations.size(), locations::toString);
		assertEquals(TextEdits.positionOf(text, "construct KT", 0, 10), locations.get(0).getRange().getStart());
		assertEquals(TextEdits.positionOf(text, "construct KT", 0, 12), locations.get(0).getRange().getEnd());
	}

	@Test
	void referencesFindEveryHypothesisNamingTheConstruct() throws Exception {
		String text = textOf(PARTNERSHIPS);
		open(PARTNERSHIPS, text);
		assertEquals(List.of(TextEdits.lineOf(text, "hypothesis H4"), TextEdits.lineOf(text, "hypothesis H5")),
				referenceLines(text, "construct KT", false));
		assertEquals(List.of(TextEdits.lineOf(text, "construct SP"), TextEdits.lineOf(text, "hypothesis H1"), TextEdits.lineOf(text, "hypothesis H4")),
				referenceLines(text, "construct SP", true));
	}

	private List<Integer> referenceLines(String text, String declaration, boolean includeDeclaration) throws Exception {
		ReferenceParams params = new ReferenceParams(document(PARTNERSHIPS), TextEdits.positionOf(text, declaration, 0, 10),
				new ReferenceContext(includeDeclaration));
		return await(server.getTextDocumentService().references(params)).stream()
				.peek(location -> assertEquals(uriOf(PARTNERSHIPS).replace("file:///", "file:/"), location.getUri().replace("file:///", "file:/")))
				.map(location -> location.getRange().getStart().getLine()).sorted().toList();
	}
}
