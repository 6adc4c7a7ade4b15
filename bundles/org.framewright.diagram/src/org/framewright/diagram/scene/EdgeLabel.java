package org.framewright.diagram.scene;

/**
 * The label of an arrow, e.g. "H2 (+), H4": its box (kept clear of every node by the layout) and its text line.
 */
public record EdgeLabel(String text, Box bounds, TextLine line) {
}
