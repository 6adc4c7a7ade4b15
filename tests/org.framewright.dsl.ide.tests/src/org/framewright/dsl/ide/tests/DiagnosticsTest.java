package org.framewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.framewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics the server publishes for the files of the workspace, without the editor opening them.
 */
class DiagnosticsTest extends LanguageServerTest {

	@Test
	void partnershipsMediationsRestOnFourPathsNoHypothesisStates() throws Exception {
		String text = textOf(PARTNERSHIPS);
		List<Diagnostic> all = diagnostics(PARTNERSHIPS);
		List<String> found = withCode(all, IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED).stream()
				.map(d -> d.getRange().getStart().getLine() + ": " + covered(text, d) + " / " + path(message(d)))
				.sorted().toList();
		int h4 = TextEdits.lineOf(text, "hypothesis H4:");
		int h5 = TextEdits.lineOf(text, "hypothesis H5:");
		List<String> expected = List.of(h4 + ": KT / KT -> IS", h4 + ": SP / SP -> KT", h5 + ": A / A -> KT", h5 + ": KT / KT -> IS")
				.stream().sorted().toList();
		assertEquals(expected, found);
		withCode(all, IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED)
				.forEach(d -> assertEquals(DiagnosticSeverity.Warning, d.getSeverity(), d::toString));
	}

	@Test
	void partnershipsKnowledgeTransferHasTooFewItemsAndNoErrors() throws Exception {
		String text = textOf(PARTNERSHIPS);
		List<Diagnostic> all = diagnostics(PARTNERSHIPS);
		List<Diagnostic> tooFew = withCode(all, IssueCodes.TOO_FEW_ITEMS);
		assertEquals(1, tooFew.size(), all::toString);
		assertEquals(TextEdits.lineOf(text, "construct KT"), tooFew.get(0).getRange().getStart().getLine());
		assertTrue(all.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), all::toString);
	}

	/** The text a diagnostic marks. */
	private static String covered(String text, Diagnostic diagnostic) {
		return text.substring(TextEdits.offset(text, diagnostic.getRange().getStart()), TextEdits.offset(text, diagnostic.getRange().getEnd()));
	}

	/** The path {@code X -> Y} a message names. */
	private static String path(String message) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\w+ -> \\w+)").matcher(message);
		return matcher.find() ? matcher.group(1) : message;
	}
}
