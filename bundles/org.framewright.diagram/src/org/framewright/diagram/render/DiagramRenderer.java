package org.framewright.diagram.render;

import org.framewright.diagram.scene.Drawing;

/**
 * Draws a laid-out diagram in one file format. A renderer is a pure function of the drawing: the same drawing
 * gives the same bytes (no dates, no random identifiers).
 */
public interface DiagramRenderer {

	/** The bytes of the file. */
	byte[] render(Drawing drawing);
}
