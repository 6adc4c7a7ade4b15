package org.framewright.stats.verdict;

import org.framewright.model.structure.ExpectedSign;

/**
 * The verdict on one hypothesis, with the quantity it was judged by.
 *
 * @param hypothesis the hypothesis's name, e.g. H4
 * @param statement  the researcher's statement of it, or null
 * @param quantity   what tested it, e.g. "indirect effect SP -> KT -> IS"
 * @param expected   the sign the hypothesis expects
 * @param estimate   the estimate (NaN if not estimated)
 * @param level      the confidence level of the interval: 0.90 for a directional hypothesis (a one-sided test at 5%),
 *                   0.95 otherwise
 * @param lower      the interval's lower end
 * @param upper      the interval's upper end
 * @param p          the p-value of the test: one-sided in the expected direction when there is one
 * @param test       how p and the interval were obtained, e.g. "t(147)" or "Monte Carlo, 20000 draws"
 * @param verdict    supported, not supported, opposite sign, or not estimated
 * @param reason     why it was not estimated, or null
 */
public record HypothesisVerdict(String hypothesis, String statement, String quantity, ExpectedSign expected, double estimate, double level,
		double lower, double upper, double p, String test, Verdict verdict, String reason) {

	static HypothesisVerdict notEstimated(String hypothesis, String statement, String quantity, ExpectedSign expected, String reason, double alpha) {
		return new HypothesisVerdict(hypothesis, statement, quantity, expected, Double.NaN, level(expected, alpha), Double.NaN, Double.NaN, Double.NaN,
				"", Verdict.NOT_ESTIMATED, reason);
	}

	/** The level of the interval that decides a hypothesis: 90% for a one-sided test at 5%, 95% for a two-sided one. */
	static double level(ExpectedSign expected, double alpha) {
		return expected == ExpectedSign.TWO_SIDED ? 1 - alpha : 1 - 2 * alpha;
	}
}
