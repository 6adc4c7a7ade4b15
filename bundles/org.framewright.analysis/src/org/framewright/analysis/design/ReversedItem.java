package org.framewright.analysis.design;

/**
 * An item worded in reverse: its answers are recoded as {@code (low + high) - x}, on a Likert scale of p points
 * {@code (p + 1) - x}.
 */
public record ReversedItem(String item, double low, double high) {

	/** The constant the answer is subtracted from. */
	public double sum() {
		return low + high;
	}
}
