package org.framewright.stats.data;

import java.util.Set;

/**
 * A column the framework expects in the data: an item (named by its item code) or a control, with the bounds of
 * its scale, whether it is reverse-coded, and for a categorical control its codes.
 *
 * @param name        the item code or control name, as the questionnaire's CSV header writes it
 * @param construct   the construct the item measures, or null for a control
 * @param scale       the scale in words, for messages, e.g. "the scale Five (whole numbers 1 to 5)"
 * @param minimum     the smallest admissible value, or NaN when the scale has no lower bound
 * @param maximum     the largest admissible value, or NaN when the scale has no upper bound
 * @param whole       whether only whole numbers are admissible (the points of a rating scale)
 * @param categorical whether the variable is a categorical control, entered as dummy variables
 * @param codes       the admissible codes of a categorical scale; empty when any number is admitted
 * @param reversed    whether answers are reverse-coded, (minimum + maximum) - x, before analysis
 */
public record Variable(String name, String construct, String scale, double minimum, double maximum, boolean whole,
		boolean categorical, Set<Double> codes, boolean reversed) {

	public Variable {
		codes = Set.copyOf(codes);
	}

	public boolean isItem() {
		return construct != null;
	}

	/** Whether an answer lies on the scale. */
	public boolean admits(double value) {
		if (!codes.isEmpty()) {
			return codes.contains(value);
		}
		return !(value < minimum) && !(value > maximum) && (!whole || value == Math.rint(value));
	}

	/** The value analysed: the answer, reverse-coded when the item is reversed. */
	public double code(double value) {
		return reversed ? minimum + maximum - value : value;
	}
}
