package org.framewright.diagram.scene;

/**
 * One line of text, placed: every renderer draws it at the same baseline, so the layout (which measured it with
 * the diagram's font) holds in every format.
 *
 * @param text     the text, as the researcher wrote it (each renderer escapes it for its format)
 * @param x        where the text starts or is centred, per {@code anchor}
 * @param baseline the y of the baseline
 * @param fontSize the font size in pixels
 * @param width    the measured width of the text in pixels
 */
public record TextLine(String text, double x, double baseline, double fontSize, TextAnchor anchor, double width) {

	/** The left end of the text. */
	public double left() {
		return anchor == TextAnchor.MIDDLE ? x - width / 2 : x;
	}
}
