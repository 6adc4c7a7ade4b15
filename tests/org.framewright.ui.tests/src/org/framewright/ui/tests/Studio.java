package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.ui.UiIds;
import org.framewright.ui.application.StudioWorkspace;
import org.framewright.ui.diagram.FrameworkDiagramView;
import org.framewright.ui.editor.FrameworkEditor;

/**
 * What the Studio's tests do with the running workbench: open copies of the repository's examples, wait while the
 * event loop runs, read markers.
 */
final class Studio {

	static final String EXAMPLE_A = "sme-alliances.fwk";

	static final String EXAMPLE_B = "sme-partnerships.fwk";

	/** Example (d), whose plan states the expected effects a power analysis simulates. */
	static final String EXAMPLE_D = "serial-mediation.fwk";

	/** How long to wait for the language server, the layout or the markers; a first build takes a few seconds. */
	private static final long TIMEOUT_MILLIS = 60_000;

	private Studio() {
	}

	/** Copies the examples into a new folder and opens one of them in the editor; the folder becomes a project. */
	static FrameworkEditor open(String example) throws IOException, CoreException {
		Path folder = Files.createTempDirectory("frameworks-");
		Path examples = Path.of(System.getProperty("framewright.examples", "../../examples"));
		for (String file : List.of(EXAMPLE_A, EXAMPLE_B, EXAMPLE_D)) {
			Files.copy(examples.resolve(file), folder.resolve(file));
		}
		FrameworkEditor editor = (FrameworkEditor) StudioWorkspace.open(folder.resolve(example));
		waitUntil("the editor has parsed " + example, () -> editor.snapshot() != null && editor.snapshot().framework() != null);
		return editor;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static FrameworkDiagramView diagram(FrameworkEditor editor) {
		FrameworkDiagramView view = (FrameworkDiagramView) page().findView(UiIds.DIAGRAM_VIEW);
		if (view == null) {
			fail("the perspective shows no diagram view");
		}
		page().activate(editor);
		waitUntil("the diagram shows the editor's model", view::isUpToDate);
		return view;
	}

	static IFile file(FrameworkEditor editor) {
		return ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(editor.file())[0];
	}

	static List<IMarker> markers(FrameworkEditor editor) {
		try {
			return Arrays.asList(file(editor).findMarkers(UiIds.PROBLEM_MARKER, true, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> markerMessages(FrameworkEditor editor) {
		return markers(editor).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).sorted().toList();
	}

	/** Runs the event loop until the condition holds; fails, naming what was awaited, after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail(e);
				}
			}
		}
	}

	/** Lets the event loop run for a while (layout, painting). */
	static void settle(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Closes the editors and takes the test's projects out of the workspace (their folders stay on disk). */
	static void closeAll() {
		page().closeAllEditors(false);
		for (org.eclipse.core.resources.IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				project.delete(false, true, null);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		}
		settle(100);
	}

	/** A number the report's page computes in the embedded browser; -1 while the page cannot answer yet. */
	static double number(org.framewright.ui.analysis.AnalysisReportView view, String expression) {
		try {
			Object n = view.browser().evaluate("return " + expression + ";");
			return n instanceof Number number ? number.doubleValue() : -1;
		} catch (org.eclipse.swt.SWTException e) {
			return -1;
		}
	}
}
