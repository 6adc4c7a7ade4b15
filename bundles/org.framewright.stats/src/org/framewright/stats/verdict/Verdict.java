package org.framewright.stats.verdict;

/** What the data say of a hypothesis. */
public enum Verdict {
	SUPPORTED("supported"),
	NOT_SUPPORTED("not supported"),
	/** Significant in the direction opposite to the one the hypothesis states. */
	OPPOSITE_SIGN("opposite sign"),
	/** The quantity that tests the hypothesis could not be estimated from these data. */
	NOT_ESTIMATED("not estimated");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
