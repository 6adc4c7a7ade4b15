package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.framewright.ui.UiIds;
import org.framewright.ui.editor.FormatHandler;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.language.FrameworkSnapshot;
import org.framewright.ui.workbench.FrameworkTemplates;
import org.framewright.ui.workbench.GenerateHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Generation, templates, outline, formatting and navigation in the running Studio. */
class WorkbenchTest {

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void generateWritesTheDiagramIntoTheProjectsOutputFolder() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		Path folder = GenerateHandler.generate(editor, "diagram", foreign -> false);
		assertTrue(Files.size(folder.resolve("SmeAlliances-diagram.svg")) > 1000);
		assertTrue(Files.size(folder.resolve("SmeAlliances-diagram.png")) > 1000);
		IFile svg = Studio.file(editor).getProject().getFile("generated/SmeAlliances-diagram.svg");
		assertTrue(svg.exists(), "the navigator sees the generated files");
	}

	@Test
	void generateRefusesAFrameworkWithErrors() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		IDocument document = editor.document();
		document.replace(document.getLength(), 0, "\nhypothesis H9: MO -> NOWHERE positive\n");
		Studio.waitUntil("the error marker", () -> Studio.markers(editor).stream()
				.anyMatch(m -> m.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1) == org.eclipse.core.resources.IMarker.SEVERITY_ERROR));
		GenerateHandler.GenerationRefused refused = assertThrows(GenerateHandler.GenerationRefused.class,
				() -> GenerateHandler.generate(editor, GenerateHandler.ALL, foreign -> true));
		assertTrue(refused.getMessage().contains("1 error"), refused.getMessage());
		editor.doRevertToSaved();
	}

	@Test
	void theNewFrameworkTemplatesParse() {
		List<FrameworkTemplates.Template> templates = FrameworkTemplates.all();
		assertTrue(templates.stream().anyMatch(t -> t.name().equals("Example: sme-alliances.fwk")), templates.toString());
		for (FrameworkTemplates.Template template : templates) {
			FrameworkSnapshot parsed = FrameworkSnapshot.parse(URI.create("file:///templates/template.fwk"), template.text());
			assertTrue(parsed.parsedCleanly() && parsed.framework() != null, template.name() + " parses");
		}
	}

	@Test
	void outlineListsTheFrameworksElements() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		Studio.page().showView(UiIds.OUTLINE_VIEW);
		Studio.page().activate(editor);
		IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
		Studio.waitUntil("the outline is filled", () -> outline.getControl() != null && ((Tree) outline.getControl()).getItemCount() > 0);
		Tree tree = (Tree) outline.getControl();
		List<String> labels = new java.util.ArrayList<>();
		for (TreeItem root : tree.getItems()) {
			labels.add(root.getText());
			for (TreeItem child : root.getItems()) {
				labels.add(child.getText());
			}
		}
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("MO") && l.contains("Market orientation")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("H4") && l.contains("mediation")), labels.toString());
	}

	@Test
	void constructBodiesFoldAndStayFoldedWhileTyping() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		org.eclipse.jface.text.source.projection.ProjectionViewer viewer = (org.eclipse.jface.text.source.projection.ProjectionViewer) editor.viewer();
		Studio.waitUntil("folding regions", () -> count(viewer) >= 3);
		var model = viewer.getProjectionAnnotationModel();
		org.eclipse.jface.text.source.projection.ProjectionAnnotation first = null;
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			var annotation = (org.eclipse.jface.text.source.projection.ProjectionAnnotation) it.next();
			if (first == null || model.getPosition(annotation).getOffset() < model.getPosition(first).getOffset()) {
				first = annotation;
			}
		}
		model.collapse(first);
		IDocument document = editor.document();
		document.replace(document.getLength(), 0, "\n// a note\n");
		editor.reparseNow();
		Studio.settle(300);
		assertTrue(first.isCollapsed(), "the folded construct stays folded after an edit elsewhere");
	}

	private static int count(org.eclipse.jface.text.source.projection.ProjectionViewer viewer) {
		int n = 0;
		if (viewer.getProjectionAnnotationModel() == null) {
			return 0;
		}
		for (var it = viewer.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	@Test
	void formatRestoresTheLayout() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		IDocument document = editor.document();
		String formatted = document.get();
		document.set(formatted.replace("    item MO1", "item     MO1").replace("hypothesis H2: MO -> AL", "hypothesis   H2:MO->AL"));
		FormatHandler.format(editor);
		assertEquals(formatted, document.get());
	}

	@Test
	void openDeclarationGoesFromAReferenceToTheConstruct() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		String text = editor.document().get();
		int reference = text.indexOf("hypothesis H3: AL") + "hypothesis H3: ".length();
		editor.selectAndReveal(reference, 0);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.framewright.ui.openDeclaration", null);
		org.eclipse.jface.text.ITextSelection selection = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("construct AL") + "construct ".length(), selection.getOffset());
	}
}
