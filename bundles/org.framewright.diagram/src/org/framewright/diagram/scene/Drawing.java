package org.framewright.diagram.scene;

import java.util.List;
import java.util.Optional;

import org.framewright.diagram.DiagramStyle;

/**
 * A framework diagram laid out and ready to render: every shape with its final coordinates, in pixels (1/96 inch)
 * from the top-left corner. Renderers (SVG, PNG, PDF, TikZ) draw exactly this, so the formats agree, and tests
 * check the geometry here.
 *
 * @param title       the accessible title ("Conceptual framework: ..."), always present
 * @param description an accessible description in words of every construct and hypothesis
 * @param width       the width of the canvas
 * @param height      the height of the canvas
 * @param style       the colours and line styles to draw with
 * @param heading     the visible title lines above the diagram (empty when no title is drawn)
 * @param groups      the group containers, drawn first, behind everything
 * @param connectors  the arrows, drawn over the groups
 * @param nodes       constructs, items and controls, drawn over the arrows
 * @param legend      the legend, or null if none is drawn
 */
public record Drawing(String title, String description, double width, double height, DiagramStyle style, List<TextLine> heading,
		List<DrawnNode> groups, List<Connector> connectors, List<DrawnNode> nodes, Legend legend) {

	public Drawing {
		heading = List.copyOf(heading);
		groups = List.copyOf(groups);
		connectors = List.copyOf(connectors);
		nodes = List.copyOf(nodes);
	}

	/** The node or group with the given id. */
	public Optional<DrawnNode> node(String id) {
		return java.util.stream.Stream.concat(nodes.stream(), groups.stream()).filter(n -> n.id().equals(id)).findFirst();
	}

	/** The connector with the given id. */
	public Optional<Connector> connector(String id) {
		return connectors.stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
