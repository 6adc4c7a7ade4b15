package org.framewright.diagram;

import org.framewright.diagram.layout.DiagramLayout;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;

/**
 * The framework diagram: a framework model laid out by ELK into a {@link Drawing} that every renderer draws.
 * Needs no display; the command line, the Studio and reports share it.
 */
public final class FrameworkDiagram {

	private final DiagramFont font;

	public FrameworkDiagram(DiagramFont font) {
		this.font = font;
	}

	/** The framework laid out and ready to render. */
	public Drawing draw(Framework framework, DiagramOptions options) {
		return new DiagramLayout(font, options).draw(framework);
	}
}
