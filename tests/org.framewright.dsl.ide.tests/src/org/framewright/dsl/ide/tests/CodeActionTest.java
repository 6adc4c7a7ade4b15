package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.framewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/**
 * The quick fixes, as code actions on the diagnostics the server published: each edit, applied as an editor
 * would, makes its diagnostic go away.
 */
class CodeActionTest extends LanguageServerTest {

	@Test
	void theMissingAPathIsAddedAsTheNextHypothesis() throws Exception {
		String text = textOf(PARTNERSHIPS);
		open(PARTNERSHIPS, text);
		Diagnostic aPath = about(withCode(diagnostics(PARTNERSHIPS), IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED), "SP -> KT");

		CodeAction action = titled(actions(aPath), "Add hypothesis H6: SP -> KT positive");
		assertEquals(CodeActionKind.QuickFix, action.getKind());
		List<TextEdit> edits = WorkspaceEdits.forDocument(action.getEdit(), uriOf(PARTNERSHIPS));
		assertEquals(1, edits.size(), edits::toString);
		assertEquals("\nhypothesis H6: SP -> KT positive", edits.get(0).getNewText());
		String fixed = TextEdits.apply(text, edits);
		assertEquals(text.replace("hypothesis H5: A -> KT -> IS mediation", "hypothesis H5: A -> KT -> IS mediation\nhypothesis H6: SP -> KT positive"), fixed);

		change(PARTNERSHIPS, fixed);
		List<Diagnostic> left = withCode(diagnostics(PARTNERSHIPS), IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED);
		assertEquals(3, left.size(), left::toString);
		assertTrue(left.stream().noneMatch(d -> message(d).contains("SP -> KT")), left::toString);
	}

	@Test
	void theMissingPathOfAModerationIsAddedAsTheNextHypothesis() throws Exception {
		String text = textOf(PARTNERSHIPS) + "hypothesis H6: MC moderates SP -> A weakens\n";
		open(PARTNERSHIPS, text);
		Diagnostic moderated = about(withCode(diagnostics(PARTNERSHIPS), IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED), "SP -> A");
		CodeAction action = titled(actions(moderated), "Add hypothesis H7: SP -> A positive");
		String fixed = TextEdits.apply(text, WorkspaceEdits.forDocument(action.getEdit(), uriOf(PARTNERSHIPS)));
		assertTrue(fixed.endsWith("hypothesis H6: MC moderates SP -> A weakens\nhypothesis H7: SP -> A positive\n"), fixed);

		change(PARTNERSHIPS, fixed);
		assertEquals(List.of(), withCode(diagnostics(PARTNERSHIPS), IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED));
	}

	@Test
	void aNondirectionalEffectIsGivenASign() throws Exception {
		String text = textOf(PARTNERSHIPS).replace("hypothesis H3: MC -> IS negative", "hypothesis H3: MC -> IS nondirectional");
		open(PARTNERSHIPS, text);
		Diagnostic nondirectional = about(withCode(diagnostics(PARTNERSHIPS), IssueCodes.NONDIRECTIONAL_HYPOTHESIS), "H3");
		List<CodeAction> actions = actions(nondirectional);
		assertEquals(List.of("Expect a negative effect", "Expect a positive effect"), actions.stream().map(CodeAction::getTitle).toList());
		String fixed = TextEdits.apply(text, WorkspaceEdits.forDocument(titled(actions, "Expect a negative effect").getEdit(), uriOf(PARTNERSHIPS)));
		assertEquals(textOf(PARTNERSHIPS), fixed);

		change(PARTNERSHIPS, fixed);
		assertEquals(List.of(), withCode(diagnostics(PARTNERSHIPS), IssueCodes.NONDIRECTIONAL_HYPOTHESIS));
	}

	@Test
	void aMissingExpectationIsWrittenAfterTheEffect() throws Exception {
		String text = textOf(PARTNERSHIPS).replace("hypothesis H1: SP -> IS positive", "hypothesis H1: SP -> IS");
		open(PARTNERSHIPS, text);
		Diagnostic nondirectional = about(withCode(diagnostics(PARTNERSHIPS), IssueCodes.NONDIRECTIONAL_HYPOTHESIS), "H1");
		String fixed = TextEdits.apply(text, WorkspaceEdits.forDocument(titled(actions(nondirectional), "Expect a positive effect").getEdit(),
				uriOf(PARTNERSHIPS)));
		assertEquals(textOf(PARTNERSHIPS), fixed);
	}

	@Test
	void anItemWithAnotherScaleIsGivenTheConstructsScale() throws Exception {
		String original = textOf(PARTNERSHIPS).replace("scale Five likert 5", "scale Seven likert 7\nscale Five likert 5");
		String text = original.replace("item A2 \"Our alliances give us access to distribution abroad.\"",
				"item A2 \"Our alliances give us access to distribution abroad.\"   scale Seven");
		open(PARTNERSHIPS, text);
		Diagnostic differs = about(withCode(diagnostics(PARTNERSHIPS), IssueCodes.ITEM_SCALE_DIFFERS), "A2");
		String fixed = TextEdits.apply(text, WorkspaceEdits.forDocument(titled(actions(differs), "Use the construct's scale").getEdit(),
				uriOf(PARTNERSHIPS)));
		assertEquals(original, fixed);

		change(PARTNERSHIPS, fixed);
		assertEquals(List.of(), withCode(diagnostics(PARTNERSHIPS), IssueCodes.ITEM_SCALE_DIFFERS));
	}

	private List<CodeAction> actions(Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(document(PARTNERSHIPS), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		return await(server.getTextDocumentService().codeAction(params)).stream().map(Either::getRight).toList();
	}

	private static Diagnostic about(List<Diagnostic> diagnostics, String messagePart) {
		List<Diagnostic> matching = diagnostics.stream().filter(d -> message(d).contains(messagePart)).toList();
		assertEquals(1, matching.size(), () -> "expected one diagnostic about " + messagePart + " in " + diagnostics);
		return matching.get(0);
	}

	private static CodeAction titled(List<CodeAction> actions, String title) {
		List<CodeAction> matching = actions.stream().filter(a -> a.getTitle().equals(title)).toList();
		assertEquals(1, matching.size(), () -> "expected one action '" + title + "' in " + actions.stream().map(CodeAction::getTitle).toList());
		return matching.get(0);
	}
}
