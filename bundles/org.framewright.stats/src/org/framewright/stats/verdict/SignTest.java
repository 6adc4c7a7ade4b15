package org.framewright.stats.verdict;

import org.framewright.model.structure.ExpectedSign;

/**
 * The one rule every verdict follows, from the p-values of the two one-sided tests of a quantity. A directional
 * hypothesis is a one-sided test at 5% in its direction; a non-directional one a two-sided test at 5%. Supported:
 * significant in the expected direction. Opposite sign: significant the other way in a two-sided test at 5% (the
 * one-sided p on that side below .025), so that a zero effect is called opposite only 2.5% of the time. Not
 * supported otherwise. The same rule as the generated analysis scripts.
 */
final class SignTest {

	/** The significance level of the verdicts, unless a study plan says otherwise. */
	static final double ALPHA = 0.05;

	private SignTest() {
	}

	/**
	 * The p-value reported for the hypothesis: the one-sided p in its direction, or the two-sided p.
	 *
	 * @param above the one-sided p of "the quantity is above zero" failing, i.e. P(statistic >= observed | zero)
	 * @param below P(statistic <= observed | zero)
	 */
	static double p(ExpectedSign expected, double above, double below) {
		return switch (expected) {
			case POSITIVE -> above;
			case NEGATIVE -> below;
			case TWO_SIDED -> Math.min(1, 2 * Math.min(above, below));
		};
	}

	static Verdict verdict(ExpectedSign expected, double above, double below, double alpha) {
		double p = p(expected, above, below);
		if (Double.isNaN(p)) {
			return Verdict.NOT_ESTIMATED;
		}
		if (p < alpha) {
			return Verdict.SUPPORTED;
		}
		boolean oppositeSide = expected == ExpectedSign.POSITIVE ? below < alpha / 2 : expected == ExpectedSign.NEGATIVE && above < alpha / 2;
		return oppositeSide ? Verdict.OPPOSITE_SIGN : Verdict.NOT_SUPPORTED;
	}
}
