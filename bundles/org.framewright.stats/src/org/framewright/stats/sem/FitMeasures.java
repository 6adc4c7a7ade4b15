package org.framewright.stats.sem;

/**
 * How well a model fits, as lavaan's {@code fitMeasures} reports it for ML with complete data.
 *
 * @param n                  the number of cases
 * @param freeParameters     the number of free parameters (lavaan's npar)
 * @param minimum            the minimum of the ML discrepancy F (twice lavaan's fmin)
 * @param chiSquare          N F, lavaan's chisq (likelihood "normal")
 * @param df                 p(p+1)/2 - npar
 * @param pValue             P(chi2_df > chisq)
 * @param baselineChiSquare  the chi-square of the independence model (uncorrelated observed variables)
 * @param baselineDf         its degrees of freedom, p(p-1)/2
 * @param cfi                the comparative fit index (Bentler 1990)
 * @param tli                the Tucker-Lewis index (Tucker &amp; Lewis 1973)
 * @param rmsea              the root mean square error of approximation (Steiger 1990), with N as lavaan
 * @param rmseaLower         the lower bound of its 90% confidence interval (Browne &amp; Cudeck 1993)
 * @param rmseaUpper         the upper bound
 * @param srmr               the standardized root mean square residual, Bentler's form (lavaan's "srmr")
 */
public record FitMeasures(int n, int freeParameters, double minimum, double chiSquare, int df, double pValue, double baselineChiSquare,
		int baselineDf, double cfi, double tli, double rmsea, double rmseaLower, double rmseaUpper, double srmr) {
}
