package org.framewright.diagram;

/**
 * The choices a researcher makes about a framework diagram, declared once with their defaults and read by the
 * command line, the Studio and the build alike.
 *
 * @param items  whether the measurement model is drawn: each construct's items as rectangles beside it
 * @param style  the colour style
 * @param title  whether the framework's title is drawn above the diagram
 * @param legend whether a legend explaining line styles and symbols is drawn under the diagram
 * @param annotations what an analysis adds to the arrows (verdicts, estimates); none before data
 */
public record DiagramOptions(boolean items, DiagramStyle style, boolean title, boolean legend, DiagramAnnotations annotations) {

	public DiagramOptions(boolean items, DiagramStyle style, boolean title, boolean legend) {
		this(items, style, title, legend, DiagramAnnotations.NONE);
	}

	/** The defaults: structural model only, in colour, with title and legend. */
	public static final DiagramOptions DEFAULTS = new DiagramOptions(false, DiagramStyle.COLOUR, true, true);

	public DiagramOptions withItems(boolean value) {
		return new DiagramOptions(value, style, title, legend, annotations);
	}

	public DiagramOptions withStyle(DiagramStyle value) {
		return new DiagramOptions(items, value, title, legend, annotations);
	}

	public DiagramOptions withTitle(boolean value) {
		return new DiagramOptions(items, style, value, legend, annotations);
	}

	public DiagramOptions withLegend(boolean value) {
		return new DiagramOptions(items, style, title, value, annotations);
	}

	public DiagramOptions withAnnotations(DiagramAnnotations value) {
		return new DiagramOptions(items, style, title, legend, value);
	}
}
