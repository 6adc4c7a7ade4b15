package org.framewright.diagram;

/**
 * The choices a researcher makes about a framework diagram, declared once with their defaults and read by the
 * command line, the Studio and the build alike.
 *
 * @param items  whether the measurement model is drawn: each construct's items as rectangles beside it
 * @param style  the colour style
 * @param title  whether the framework's title is drawn above the diagram
 * @param legend whether a legend explaining line styles and symbols is drawn under the diagram
 */
public record DiagramOptions(boolean items, DiagramStyle style, boolean title, boolean legend) {

	/** The defaults: structural model only, in colour, with title and legend. */
	public static final DiagramOptions DEFAULTS = new DiagramOptions(false, DiagramStyle.COLOUR, true, true);

	public DiagramOptions withItems(boolean value) {
		return new DiagramOptions(value, style, title, legend);
	}

	public DiagramOptions withStyle(DiagramStyle value) {
		return new DiagramOptions(items, value, title, legend);
	}

	public DiagramOptions withTitle(boolean value) {
		return new DiagramOptions(items, style, value, legend);
	}

	public DiagramOptions withLegend(boolean value) {
		return new DiagramOptions(items, style, title, value);
	}
}
