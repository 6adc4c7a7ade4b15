package org.framewright.stats.reliability;

/**
 * A construct's reliability and convergent validity from its standardized loadings.
 *
 * @param construct                the construct
 * @param compositeReliability     (sum of loadings)² / ((sum of loadings)² + sum of (1 - loading²)); McDonald's omega of
 *                                 a standardized solution
 * @param averageVarianceExtracted the mean squared loading (Fornell &amp; Larcker 1981)
 */
public record ConvergentValidity(String construct, double compositeReliability, double averageVarianceExtracted) {
}
