package org.framewright.diagram.layout;

/**
 * The sizes a framework diagram is drawn at, in pixels (1/96 inch): chosen so that a diagram of a few constructs
 * printed at a column's width keeps its text at 8-10 pt.
 */
final class DiagramMetrics {

	static final double CONSTRUCT_FONT = 12;
	static final double CONSTRUCT_NAME_FONT = 10;
	static final double CONSTRUCT_TEXT_WIDTH = 118;
	static final double CONSTRUCT_MIN_WIDTH = 96;
	static final double CONSTRUCT_MIN_HEIGHT = 46;

	static final double ITEM_FONT = 10;
	static final double ITEM_HEIGHT = 20;
	static final double ITEM_MIN_WIDTH = 34;
	static final double ITEM_PADDING = 10;
	static final double ITEM_GAP = 6;
	/** The vertical room between a construct and its row of items, where their arrows run. */
	static final double ITEM_ARROW_ROOM = 26;

	static final double CONTROL_FONT = 11;
	static final double CONTROL_TEXT_WIDTH = 110;
	static final double CONTROL_PADDING = 8;

	static final double LABEL_FONT = 11;
	static final double LABEL_PADDING = 3;

	static final double GROUP_FONT = 12;
	static final double GROUP_PADDING = 14;

	static final double HEADING_FONT = 15;
	static final double LEGEND_FONT = 10.5;
	static final double MARGIN = 16;

	/** The size of the point a moderated path is split at. */
	static final double MODERATION_POINT = 2;

	private DiagramMetrics() {
	}
}
