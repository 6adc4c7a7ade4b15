package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.framewright.ui.UiIds;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.Test;

/**
 * The Studio as a researcher sees it with example (a) open: navigator and outline, editor, diagram, problems. The
 * picture (target/screenshots/studio-example-a.png) is the one the README shows (docs/regenerate-images).
 */
class ScreenshotTest {

	@Test
	void studioWithExampleA() throws Exception {
		Studio.closeAll();
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		Studio.page().showView(UiIds.OUTLINE_VIEW);
		Studio.page().showView(UiIds.PROBLEMS_VIEW);
		Studio.diagram(editor);
		Studio.page().activate(editor);
		String text = editor.document().get();
		editor.selectAndReveal(text.indexOf("construct AL") + "construct ".length(), 2);
		Studio.settle(1500);
		Shell shell = editor.getSite().getShell();
		Rectangle bounds = shell.getBounds();
		Display display = shell.getDisplay();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < data.height; y += 7) {
				for (int x = 0; x < data.width; x += 7) {
					colours.add(data.getPixel(x, y));
				}
			}
			assertTrue(colours.size() > 50, "the window shows content, not a blank screen: " + colours.size() + " colours");
			Path folder = Path.of(System.getProperty("framewright.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(folder.resolve("studio-example-a.png").toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
			Studio.closeAll();
		}
	}
}
