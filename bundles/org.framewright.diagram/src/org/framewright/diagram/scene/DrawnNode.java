package org.framewright.diagram.scene;

import java.util.List;

/**
 * A node of a framework diagram, placed.
 *
 * @param id          unique in the drawing and stable across runs: "construct-MO", "item-MO1", "control-SIZE",
 *                    "group-Antecedents"
 * @param kind        what the node stands for, which decides its shape
 * @param name        the identifier the researcher gave the element (MO, MO1, SIZE)
 * @param description a sentence for screen readers and tooltips, e.g. "Construct MO: Market orientation"
 * @param bounds      the node's box; a construct's ellipse is inscribed in it
 * @param text        the node's text lines, placed (a group's title sits at its top)
 */
public record DrawnNode(String id, NodeKind kind, String name, String description, Box bounds, List<TextLine> text) {

	public DrawnNode {
		text = List.copyOf(text);
	}
}
