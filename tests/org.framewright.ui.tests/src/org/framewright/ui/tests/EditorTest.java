package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.editor.QuickFix;
import org.framewright.ui.editor.RenameHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The .fwk editor in the running Studio: markers, completion, quick fix, rename. */
class EditorTest {

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void exampleBShowsWhatValidationFinds() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_B);
		List<List<IMarker>> seen = new java.util.ArrayList<>(List.of(List.of()));
		Studio.waitUntil("six markers on example (b)", () -> {
			seen.set(0, Studio.markers(editor));
			return seen.get(0).size() == 6;
		});
		List<IMarker> markers = seen.get(0);
		assertTrue(markers.stream().allMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING));
		List<String> pathsNotHypothesised = markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, ""))
				.filter(m -> m.contains("which no hypothesis states")).sorted().toList();
		assertEquals(List.of("H4 rests on the a-path SP -> KT, which no hypothesis states; state it as a hypothesis of its own.",
				"H4 rests on the b-path KT -> IS, which no hypothesis states; state it as a hypothesis of its own.",
				"H5 rests on the a-path A -> KT, which no hypothesis states; state it as a hypothesis of its own.",
				"H5 rests on the b-path KT -> IS, which no hypothesis states; state it as a hypothesis of its own."), pathsNotHypothesised);
		IMarker aPath = markers.stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("a-path SP -> KT")).findFirst().orElseThrow();
		assertEquals(43, aPath.getAttribute(IMarker.LINE_NUMBER, -1));
		int start = aPath.getAttribute(IMarker.CHAR_START, -1);
		int end = aPath.getAttribute(IMarker.CHAR_END, -1);
		assertEquals("SP", editor.document().get(start, end - start), "the marker covers the cause of the a-path");
		assertTrue(markers.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'KT' has only 2 items")
				&& m.getAttribute(IMarker.LINE_NUMBER, -1) == 27));
	}

	@Test
	void aFileBesideTheWorkspaceOpensAsALinkAndIsValidated() throws Exception {
		java.nio.file.Path beside = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath().getParent();
		java.nio.file.Path file = beside.resolve("beside-the-workspace.fwk");
		java.nio.file.Files.copy(java.nio.file.Path.of(System.getProperty("framewright.examples", "../../examples"), Studio.EXAMPLE_B), file,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		FrameworkEditor editor = (FrameworkEditor) org.framewright.ui.application.StudioWorkspace.open(file);
		assertTrue(Studio.file(editor).isLinked(), "the folder holds the workspace, so the file is linked, not a project");
		Studio.waitUntil("the linked file's markers", () -> Studio.markers(editor).size() == 6);
	}

	@Test
	void completionAfterAHypothesisNameProposesTheConstructs() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		IDocument document = editor.document();
		document.replace(document.getLength(), 0, "\nhypothesis H9: ");
		ICompletionProposal[] proposals = editor.completion().computeCompletionProposals(editor.viewer(), document.getLength());
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		for (String construct : constructs(document.get())) {
			assertTrue(shown.stream().anyMatch(s -> s.equals(construct) || s.startsWith(construct + " ")), construct + " is proposed: " + shown);
		}
		ICompletionProposal first = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("MO")).findFirst().orElseThrow();
		first.apply(document);
		assertTrue(document.get().endsWith("hypothesis H9: MO"), document.get().substring(document.getLength() - 40));
	}

	@Test
	void quickFixAddsTheMissingAPathAndTheMarkerGoes() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_B);
		Studio.waitUntil("the a-path marker", () -> Studio.markerMessages(editor).stream().anyMatch(m -> m.contains("a-path SP -> KT")));
		IDocument document = editor.document();
		int line43 = document.getLineOffset(42);
		List<QuickFix> fixes = editor.quickFixes().fixesAt(line43 + 16);
		QuickFix addAPath = fixes.stream().filter(f -> f.getDisplayString().contains("SP -> KT")).findFirst()
				.orElseThrow(() -> new AssertionError("no fix for the a-path among " + fixes.stream().map(QuickFix::getDisplayString).toList()));
		assertEquals("Add hypothesis H6: SP -> KT positive", addAPath.getDisplayString());
		addAPath.apply(document);
		assertTrue(document.get().contains("\nhypothesis H6: SP -> KT positive"), document.get());
		// markers are replaced in a workspace job: wait for the state after it, where only the fixed problem is gone
		Studio.waitUntil("the a-path marker to go while the other a-path is still reported", () -> {
			List<String> messages = Studio.markerMessages(editor);
			return messages.stream().noneMatch(m -> m.contains("a-path SP -> KT")) && messages.stream().anyMatch(m -> m.contains("a-path A -> KT"));
		});
		DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
		assertFalse(document.get().contains("hypothesis H6"), "one undo takes the fix back");
	}

	@Test
	void renameOfAConstructUpdatesEveryReference() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		IDocument document = editor.document();
		String before = document.get();
		long references = count(before, "AL");
		assertTrue(references >= 4, "AL appears in its declaration and in hypotheses");
		int declaration = before.indexOf("construct AL ") + "construct ".length();
		assertTrue(RenameHandler.rename(editor, declaration + 1, "ALLY"));
		String after = document.get();
		assertEquals(0, count(after, "AL"), after);
		assertEquals(references, count(after, "ALLY"));
		assertEquals(before.replaceAll("\\bAL\\b", "ALLY"), after, "nothing but the name changed");
	}

	private static long count(String text, String word) {
		Matcher matcher = Pattern.compile("\\b" + word + "\\b").matcher(text.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("//.*", ""));
		long n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}

	private static List<String> constructs(String text) {
		Matcher matcher = Pattern.compile("(?m)^construct (\\w+)").matcher(text);
		List<String> names = new java.util.ArrayList<>();
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		assertFalse(names.isEmpty());
		return names;
	}
}
