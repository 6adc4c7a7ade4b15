package org.framewright.ui.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of .fwk text: syntax (keywords, strings, comments, numbers) and meaning (constructs, items,
 * hypotheses, theories, scales). Kept in JFace's colour registry, which disposes them with the display.
 */
final class EditorColours {

	static final String KEYWORD = "org.framewright.ui.keyword";
	static final String STRING = "org.framewright.ui.string";
	static final String COMMENT = "org.framewright.ui.comment";
	static final String NUMBER = "org.framewright.ui.number";
	static final String CONSTRUCT = "org.framewright.ui.construct";
	static final String ITEM = "org.framewright.ui.item";
	static final String HYPOTHESIS = "org.framewright.ui.hypothesis";
	static final String THEORY = "org.framewright.ui.theory";
	static final String SCALE = "org.framewright.ui.scale";

	private EditorColours() {
	}

	private static ColorRegistry registry() {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		if (!registry.hasValueFor(KEYWORD)) {
			registry.put(KEYWORD, new RGB(127, 0, 85));
			registry.put(STRING, new RGB(42, 0, 255));
			registry.put(COMMENT, new RGB(63, 127, 95));
			registry.put(NUMBER, new RGB(125, 125, 125));
			registry.put(CONSTRUCT, new RGB(0, 90, 160));
			registry.put(ITEM, new RGB(0, 130, 130));
			registry.put(HYPOTHESIS, new RGB(190, 80, 0));
			registry.put(THEORY, new RGB(110, 60, 160));
			registry.put(SCALE, new RGB(100, 100, 0));
		}
		return registry;
	}

	static Color colour(String key) {
		return registry().get(key);
	}

	static TextAttribute attribute(String key, int style) {
		return new TextAttribute(colour(key), null, style);
	}

	static TextAttribute plain(String key) {
		return attribute(key, SWT.NORMAL);
	}
}
