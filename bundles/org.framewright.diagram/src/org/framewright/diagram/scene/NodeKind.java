package org.framewright.diagram.scene;

/** What a node of a framework diagram stands for; each kind has its shape. */
public enum NodeKind {
	/** A latent construct: an ellipse. */
	CONSTRUCT,
	/** A questionnaire item (an indicator): a rectangle beside its construct. */
	ITEM,
	/** An observed control variable: a dashed rectangle. */
	CONTROL,
	/** A group of constructs: a titled container drawn behind its members. */
	GROUP
}
