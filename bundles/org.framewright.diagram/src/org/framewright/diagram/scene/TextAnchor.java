package org.framewright.diagram.scene;

/** Where a line of text stands relative to its x coordinate. */
public enum TextAnchor {
	/** The text starts at x. */
	START,
	/** The text is centred on x. */
	MIDDLE
}
