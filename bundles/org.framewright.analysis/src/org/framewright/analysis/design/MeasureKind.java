package org.framewright.analysis.design;

/** How a latent variable is measured. */
public enum MeasureKind {
	/** Items reflect the construct (lavaan {@code =~}). */
	REFLECTIVE,
	/** Items form the construct (lavaan {@code <~}). */
	FORMATIVE,
	/** A higher-order construct measured by its first-order dimensions. */
	HIGHER_ORDER
}
