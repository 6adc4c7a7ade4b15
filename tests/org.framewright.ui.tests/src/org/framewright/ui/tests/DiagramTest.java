package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.Point;
import org.framewright.model.Construct;
import org.framewright.model.Expectation;
import org.framewright.model.ModerationDirection;
import org.framewright.ui.diagram.DiagramPalette;
import org.framewright.ui.diagram.FrameworkDiagramView;
import org.framewright.ui.diagram.PaletteChoices;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live diagram beside the editor: it follows the text, selects with it, and its palette writes the text. */
class DiagramTest {

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void drawingAHypothesisWithThePaletteAddsItsLine() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		FrameworkDiagramView view = Studio.diagram(editor);
		IDocument document = editor.document();
		String before = document.get();
		view.palette().setChoices(new Answers());
		view.palette().use(DiagramPalette.Tool.HYPOTHESIS);
		click(view, "construct-IP");
		click(view, "construct-MO");
		String added = document.get().replace(before.stripTrailing(), "");
		assertTrue(document.get().startsWith(before.stripTrailing()), "the text before is kept unchanged");
		assertEquals("hypothesis H5: IP -> MO negative", added.strip(), "the palette adds exactly the new hypothesis");
		assertTrue(document.get().contains("hypothesis H4: MO -> AL -> IP mediation partial"), "the text before is kept");
		Studio.waitUntil("the diagram shows the new arrow", () -> view.isUpToDate()
				&& view.drawing().connectors().stream().anyMatch(c -> c.hypotheses().contains("H5") && c.sourceId().equals("construct-IP")));
		assertEquals(DiagramPalette.Tool.SELECT, view.palette().tool(), "the tool is put down after one hypothesis");
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
		assertEquals(before, document.get(), "one undo takes the new hypothesis back");
	}

	@Test
	void addingAModeratorToAnArrowWritesAModeration() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		FrameworkDiagramView view = Studio.diagram(editor);
		view.palette().setChoices(new Answers());
		view.palette().use(DiagramPalette.Tool.MODERATOR);
		click(view, "construct-AL");
		Connector h1 = view.drawing().connectors().stream().filter(c -> c.hypotheses().contains("H1")).findFirst().orElseThrow();
		clickAt(view, h1.route().get(0).plus((h1.route().get(1).x() - h1.route().get(0).x()) / 3, (h1.route().get(1).y() - h1.route().get(0).y()) / 3));
		assertTrue(editor.document().get().contains("hypothesis H5: AL moderates MO -> IP strengthens"), editor.document().get());
	}

	@Test
	void selectionFollowsTheEditorAndTheEditorFollowsTheDiagram() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		FrameworkDiagramView view = Studio.diagram(editor);
		String text = editor.document().get();
		editor.selectAndReveal(text.indexOf("construct IP") + "construct ".length(), 0);
		Studio.waitUntil("the diagram highlights IP", () -> view.highlighted().equals(Set.of("construct-IP")));
		editor.selectAndReveal(text.indexOf("hypothesis H3") + 5, 0);
		Studio.waitUntil("the diagram highlights H3's arrow", () -> view.highlighted().size() == 1
				&& view.drawing().connector(view.highlighted().iterator().next()).map(c -> c.hypotheses().contains("H3")).orElse(false));
		click(view, "construct-AL");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("AL", selection.getText());
		assertEquals(text.indexOf("construct AL") + "construct ".length(), selection.getOffset());
	}

	@Test
	void diagramFollowsTypingAndMarksProblems() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_B);
		FrameworkDiagramView view = Studio.diagram(editor);
		Studio.waitUntil("the mediations' problems are marked", () -> view.problems().values().stream().anyMatch(s -> s == DiagnosticSeverity.Warning)
				&& view.problems().containsKey("construct-KT"));
		IDocument document = editor.document();
		document.replace(document.getLength(), 0, "\nconstruct NEWC \"A construct typed just now\" scale Five {\n    item NEWC1 \"A first item.\"\n}\n");
		Studio.waitUntil("the typed construct appears", () -> view.isUpToDate() && view.drawing().node("construct-NEWC").isPresent());
	}

	@Test
	void thePaletteDeletesRenamesAndAddsConstructs() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		FrameworkDiagramView view = Studio.diagram(editor);
		view.palette().setChoices(new Answers());
		IDocument document = editor.document();
		Connector h3 = view.drawing().connectors().stream().filter(c -> c.hypotheses().contains("H3")).findFirst().orElseThrow();
		view.revealInText(h3.id());
		view.palette().deleteSelected();
		assertTrue(!document.get().contains("hypothesis H3"), document.get());
		Studio.waitUntil("the diagram is redrawn", view::isUpToDate);

		view.revealInText("construct-AL");
		view.palette().renameSelected();
		assertTrue(document.get().contains("construct AL2 \"Alliances\"") && document.get().contains("hypothesis H2: MO -> AL2 positive"), document.get());
		Studio.waitUntil("the diagram shows the renamed construct", () -> view.isUpToDate() && view.drawing().node("construct-AL2").isPresent());

		view.palette().addConstruct();
		assertTrue(document.get().contains("construct C1 \"New construct\" reflective {"), document.get());
		Studio.waitUntil("the diagram shows the new construct", () -> view.isUpToDate() && view.drawing().node("construct-C1").isPresent());
	}

	private static void click(FrameworkDiagramView view, String nodeId) {
		clickAt(view, view.drawing().node(nodeId).orElseThrow(() -> new AssertionError("no node " + nodeId)).bounds().center());
	}

	private static void clickAt(FrameworkDiagramView view, Point point) {
		org.eclipse.swt.graphics.Point at = view.toCanvas(point);
		Event down = new Event();
		down.button = 1;
		down.x = at.x;
		down.y = at.y;
		view.canvas().notifyListeners(SWT.MouseDown, down);
		Studio.settle(50);
	}

	/** The researcher's answers: a negative direct effect, a strengthening moderation. */
	private static final class Answers implements PaletteChoices {
		@Override
		public Optional<HypothesisChoice> hypothesis(Construct cause, Construct effect, List<Construct> possibleMediators) {
			return Optional.of(HypothesisChoice.direct(Expectation.NEGATIVE));
		}

		@Override
		public Optional<ModerationDirection> moderation(Construct moderator, String path) {
			return Optional.of(ModerationDirection.STRENGTHENS);
		}

		@Override
		public Optional<ConstructChoice> construct(String suggestedName) {
			return Optional.of(new ConstructChoice(suggestedName, "New construct"));
		}

		@Override
		public Optional<String> newName(String current) {
			return Optional.of(current + "2");
		}

		@Override
		public boolean confirmDelete(String what) {
			return true;
		}

		@Override
		public Optional<Path> exportFile(String suggestedName) {
			return Optional.empty();
		}
	}
}
