package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.junit.jupiter.api.Test;

/**
 * Hovers tell what an ID stands for: a construct's title and items, a hypothesis's path, kind and statement, an
 * item's wording.
 */
class HoverTest extends LanguageServerTest {

	@Test
	void onAConstructReferenceShowsItsTitleAndItems() throws Exception {
		String text = textOf(PARTNERSHIPS);
		Hover hover = hover(PARTNERSHIPS, text, "H1: SP", 5);
		assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
		String contents = hover.getContents().getRight().getValue();
		assertTrue(contents.contains("`SP` Strategic partnerships"), contents);
		assertTrue(contents.contains("- `Sp1` We have formal partnerships with firms in our target markets."), contents);
		assertTrue(contents.contains("- `Sp2` "), contents);
		assertTrue(contents.contains("- `SP3` Partnerships are central to our internationalization strategy."), contents);
		assertTrue(!contents.contains("Kt1"), contents);
	}

	@Test
	void onAHypothesisShowsItsPathKindAndStatement() throws Exception {
		String file = "sme-alliances.fwk";
		String contents = hover(file, textOf(file), "hypothesis H4", 11).getContents().getRight().getValue();
		assertTrue(contents.contains("**H4**: `MO -> AL -> IP mediation partial`"), contents);
		assertTrue(contents.contains("partial mediation"), contents);
		assertTrue(contents.contains("Alliances mediate the relationship between market orientation and international performance."), contents);
	}

	@Test
	void onAnItemShowsItsWording() throws Exception {
		String contents = hover(PARTNERSHIPS, textOf(PARTNERSHIPS), "item Kt1", 6).getContents().getRight().getValue();
		assertTrue(contents.contains("`Kt1` of KT"), contents);
		assertTrue(contents.contains("We learn new practices from our partners."), contents);
	}

	@Test
	void onAPlannedReliabilityShowsItsConstruct() throws Exception {
		String text = textOf(PARTNERSHIPS) + "\nplan {\n    reliability of KT 0.8\n}\n";
		String contents = hover(PARTNERSHIPS, text, "reliability of KT", 15).getContents().getRight().getValue();
		assertTrue(contents.contains("`KT` Knowledge transfer"), contents);
		assertTrue(contents.contains("- `Kt1` We learn new practices from our partners."), contents);
	}

	private Hover hover(String file, String text, String part, int shift) throws Exception {
		open(file, text);
		return await(server.getTextDocumentService().hover(new HoverParams(document(file), TextEdits.positionOf(text, part, 0, shift))));
	}
}
