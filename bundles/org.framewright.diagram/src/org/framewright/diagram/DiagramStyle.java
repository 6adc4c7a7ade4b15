package org.framewright.diagram;

import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.NodeKind;

/**
 * How a diagram is coloured. Both styles tell every kind of arrow apart by its line pattern as well as by its
 * colour, so a figure stays readable in greyscale print and for colour-blind readers.
 * <p>
 * Colours are "#rrggbb". The colour style uses the Okabe-Ito palette (Okabe &amp; Ito, 2008), which stays
 * distinguishable under the common colour-vision deficiencies.
 */
public enum DiagramStyle {

	/** Soft fills and the Okabe-Ito palette: for slides, theses and screens. */
	COLOUR("colour", "#eef5fb", "#0072b2", "#ffffff", "#555555", "#f4f4f4", "#222222", "#8a8a8a", "#d55e00", "#555555", "#555555"),

	/** Black, white and greys only: for journals printed in greyscale. */
	PRINT("print", "#ffffff", "#000000", "#ffffff", "#000000", "#f2f2f2", "#000000", "#7f7f7f", "#000000", "#000000", "#000000");

	private final String id;
	private final String constructFill;
	private final String constructStroke;
	private final String itemFill;
	private final String itemStroke;
	private final String groupFill;
	private final String hypothesised;
	private final String implied;
	private final String moderation;
	private final String control;
	private final String measurement;

	DiagramStyle(String id, String constructFill, String constructStroke, String itemFill, String itemStroke, String groupFill,
			String hypothesised, String implied, String moderation, String control, String measurement) {
		this.id = id;
		this.constructFill = constructFill;
		this.constructStroke = constructStroke;
		this.itemFill = itemFill;
		this.itemStroke = itemStroke;
		this.groupFill = groupFill;
		this.hypothesised = hypothesised;
		this.implied = implied;
		this.moderation = moderation;
		this.control = control;
		this.measurement = measurement;
	}

	/** The name used on the command line: "colour" or "print". */
	public String id() {
		return id;
	}

	/** The style of the given command-line name (also accepts "color"), if any. */
	public static java.util.Optional<DiagramStyle> byId(String id) {
		String wanted = "color".equals(id) ? "colour" : id;
		return java.util.Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
	}

	/** The colour text is drawn in. */
	public String text() {
		return "#000000";
	}

	public String fill(NodeKind kind) {
		return switch (kind) {
			case CONSTRUCT -> constructFill;
			case ITEM, CONTROL -> itemFill;
			case GROUP -> groupFill;
		};
	}

	public String stroke(NodeKind kind) {
		return switch (kind) {
			case CONSTRUCT -> constructStroke;
			case ITEM -> itemStroke;
			case CONTROL -> control;
			case GROUP -> "#9a9a9a";
		};
	}

	/** The line width of a node's outline, in pixels. */
	public double strokeWidth(NodeKind kind) {
		return kind == NodeKind.CONSTRUCT ? 1.6 : 1.0;
	}

	/** The dash pattern of a node's outline (lengths in pixels, alternately drawn and skipped), empty if solid. */
	public double[] dashes(NodeKind kind) {
		return kind == NodeKind.CONTROL ? new double[] { 5, 3 } : new double[0];
	}

	public String stroke(ConnectorKind kind) {
		return switch (kind) {
			case HYPOTHESISED -> hypothesised;
			case IMPLIED -> implied;
			case MODERATION -> moderation;
			case CONTROL -> control;
			case MEASUREMENT -> measurement;
		};
	}

	/** The line width of an arrow, in pixels. */
	public double strokeWidth(ConnectorKind kind) {
		return switch (kind) {
			case HYPOTHESISED, MODERATION -> 1.4;
			case IMPLIED, CONTROL -> 1.2;
			case MEASUREMENT -> 0.9;
		};
	}

	/** The dash pattern of an arrow (lengths in pixels, alternately drawn and skipped), empty if solid. */
	public double[] dashes(ConnectorKind kind) {
		return switch (kind) {
			case IMPLIED -> new double[] { 2, 3 };
			case CONTROL -> new double[] { 6, 4 };
			case MODERATION -> new double[] { 8, 3, 2, 3 };
			case HYPOTHESISED, MEASUREMENT -> new double[0];
		};
	}
}
