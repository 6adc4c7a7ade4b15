package org.framewright.model.structure;

/** The sign a hypothesis expects of the quantity that tests it (a path, a product of paths, an interaction or a square). */
public enum ExpectedSign {
	POSITIVE("positive"),
	NEGATIVE("negative"),
	/** No direction stated: tested two-sided. */
	TWO_SIDED("two-sided");

	private final String label;

	ExpectedSign(String label) {
		this.label = label;
	}

	/** The word written into analysis code and verdict tables. */
	public String label() {
		return label;
	}

	/** The sign expected of a product of parameters with these signs (two-sided if any factor is). */
	public ExpectedSign times(ExpectedSign other) {
		if (this == TWO_SIDED || other == TWO_SIDED) {
			return TWO_SIDED;
		}
		return this == other ? POSITIVE : NEGATIVE;
	}

	/** The opposite sign. */
	public ExpectedSign negate() {
		return switch (this) {
			case POSITIVE -> NEGATIVE;
			case NEGATIVE -> POSITIVE;
			case TWO_SIDED -> TWO_SIDED;
		};
	}
}
