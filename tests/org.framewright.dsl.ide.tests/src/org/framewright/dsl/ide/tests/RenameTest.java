package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;

/**
 * Renaming an ID renames the declaration and every reference to it, and leaves the framework as valid as it was.
 */
class RenameTest extends LanguageServerTest {

	/** A study plan that refers to a hypothesis, an item and a construct. */
	private static final String PLAN = """

			plan {
			    effect H1 0.3
			    effect H4 0.1
			    loading of Kt1 0.7
			    reliability of IS 0.85
			}
			""";

	@Test
	void renamingAConstructFromAReferenceUpdatesEveryReference() throws Exception {
		String text = textOf(PARTNERSHIPS);
		String renamed = rename(text, TextEdits.positionOf(text, "H5: A -> KT", 0, 10), "KNOW");
		assertTrue(renamed.contains("construct KNOW \"Knowledge transfer\" scale Five {"), renamed);
		assertTrue(renamed.contains("hypothesis H4: SP -> KNOW -> IS mediation"), renamed);
		assertTrue(renamed.contains("hypothesis H5: A -> KNOW -> IS mediation"), renamed);
		assertFalse(Pattern.compile("\\bKT\\b").matcher(renamed).find(), renamed);
		assertEquals(text.replaceAll("\\bKT\\b", "KNOW"), renamed);
		assertStillValid(renamed);
	}

	@Test
	void renamingAConstructFromItsDeclarationUpdatesEveryReference() throws Exception {
		String text = textOf(PARTNERSHIPS);
		String renamed = rename(text, TextEdits.positionOf(text, "construct SP", 0, 10), "PART");
		assertEquals(text.replace("construct SP ", "construct PART ").replace("H1: SP ->", "H1: PART ->").replace("H4: SP ->", "H4: PART ->"), renamed);
		assertStillValid(renamed);
	}

	@Test
	void renamingAHypothesisUpdatesThePlan() throws Exception {
		String text = textOf(PARTNERSHIPS) + PLAN;
		String renamed = rename(text, TextEdits.positionOf(text, "hypothesis H1", 0, 11), "H1a");
		assertEquals(text.replace("hypothesis H1:", "hypothesis H1a:").replace("effect H1 ", "effect H1a "), renamed);
		assertStillValid(renamed);
	}

	@Test
	void renamingAnItemFromAReferenceUpdatesItsDeclaration() throws Exception {
		String text = textOf(PARTNERSHIPS) + PLAN;
		String renamed = rename(text, TextEdits.positionOf(text, "loading of Kt1", 0, 12), "Kt01");
		assertEquals(text.replace("item Kt1 ", "item Kt01 ").replace("loading of Kt1 ", "loading of Kt01 "), renamed);
		assertStillValid(renamed);
	}

	@Test
	void renamingAConstructFromItsPlannedReliabilityUpdatesEveryReference() throws Exception {
		String text = textOf(PARTNERSHIPS) + PLAN;
		String renamed = rename(text, TextEdits.positionOf(text, "reliability of IS", 0, 16), "SUCCESS");
		assertEquals(text.replaceAll("\\bIS\\b", "SUCCESS"), renamed);
		assertTrue(renamed.contains("reliability of SUCCESS 0.85"), renamed);
		assertStillValid(renamed);
	}

	private String rename(String text, org.eclipse.lsp4j.Position at, String newName) throws Exception {
		open(PARTNERSHIPS, text);
		diagnostics(PARTNERSHIPS);
		WorkspaceEdit edit = await(server.getTextDocumentService().rename(new RenameParams(document(PARTNERSHIPS), at, newName)));
		assertEquals(1, WorkspaceEdits.documents(edit).size(), () -> "changes other files: " + edit);
		return TextEdits.apply(text, WorkspaceEdits.forDocument(edit, uriOf(PARTNERSHIPS)));
	}

	private void assertStillValid(String renamed) {
		change(PARTNERSHIPS, renamed);
		List<Diagnostic> errors = diagnostics(PARTNERSHIPS).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
		assertTrue(errors.isEmpty(), errors::toString);
	}
}
