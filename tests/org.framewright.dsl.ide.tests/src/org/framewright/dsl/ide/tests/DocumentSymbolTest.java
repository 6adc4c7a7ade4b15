package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * The outline: the framework, and in it its scales, constructs (with their items) and hypotheses.
 */
class DocumentSymbolTest extends LanguageServerTest {

	@Test
	void outlineNestsItemsInTheirConstructs() throws Exception {
		open(PARTNERSHIPS, textOf(PARTNERSHIPS));
		List<DocumentSymbol> roots = await(server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(document(PARTNERSHIPS))))
				.stream().map(Either::getRight).toList();
		assertEquals(List.of("SmePartnerships"), roots.stream().map(DocumentSymbol::getName).toList());
		DocumentSymbol framework = roots.get(0);
		assertEquals(SymbolKind.Package, framework.getKind());
		assertEquals(List.of("Five"), names(framework.getChildren(), SymbolKind.Enum));
		assertEquals(List.of("SP", "A", "MC", "KT", "IS"), names(framework.getChildren(), SymbolKind.Class));
		assertEquals(List.of("H1", "H2", "H3", "H4", "H5"), names(framework.getChildren(), SymbolKind.Event));

		DocumentSymbol sp = framework.getChildren().stream().filter(s -> s.getName().equals("SP")).findFirst().orElseThrow();
		assertEquals("Strategic partnerships", sp.getDetail());
		assertEquals(List.of("Sp1", "Sp2", "SP3"), names(sp.getChildren(), SymbolKind.Field));
		DocumentSymbol h4 = framework.getChildren().stream().filter(s -> s.getName().equals("H4")).findFirst().orElseThrow();
		assertEquals("SP -> KT -> IS mediation", h4.getDetail());
	}

	private static List<String> names(List<DocumentSymbol> symbols, SymbolKind kind) {
		return symbols.stream().filter(s -> s.getKind() == kind).map(DocumentSymbol::getName).toList();
	}
}
