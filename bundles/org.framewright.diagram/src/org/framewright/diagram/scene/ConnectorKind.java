package org.framewright.diagram.scene;

/** What an arrow of a framework diagram stands for; each kind has its line style. */
public enum ConnectorKind {
	/** A structural path that a direct-effect hypothesis states: a solid arrow. */
	HYPOTHESISED,
	/** A structural path that only a mediation or moderation implies, no hypothesis stating it: a dotted grey arrow. */
	IMPLIED,
	/** A moderator's arrow, ending on the midpoint of the arrow it moderates. */
	MODERATION,
	/** A control variable's arrow to an outcome it controls: dashed. */
	CONTROL,
	/** A measurement relation: construct to item (reflective), item to construct (formative), or between a
	 * higher-order construct and its dimensions. */
	MEASUREMENT
}
