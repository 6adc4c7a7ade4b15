package org.framewright.stats.reliability;

import java.util.ArrayList;
import java.util.List;

import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * Composite reliability, McDonald's omega and the average variance extracted of a construct from the loadings of a
 * factor analysis (a CFA supplies them). With standardized loadings, omega is the composite reliability.
 */
public final class LoadingReliability {

	private LoadingReliability() {
	}

	/** Composite reliability and AVE from standardized loadings, with a problem for loadings that are impossible. */
	public static Result<ConvergentValidity> of(String construct, double[] standardizedLoadings) {
		List<Problem> problems = new ArrayList<>();
		if (standardizedLoadings.length == 0) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.TOO_FEW_ITEMS, null, 0, construct, construct + " has no loadings."));
		}
		for (int i = 0; i < standardizedLoadings.length; i++) {
			double loading = standardizedLoadings[i];
			if (!Double.isFinite(loading)) {
				return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.INVALID_LOADING, null, 0, construct, "Loading " + (i + 1)
						+ " of " + construct + " is not a number."));
			}
			if (Math.abs(loading) > 1) {
				problems.add(new Problem(Severity.WARNING, StatsIssueCodes.INVALID_LOADING, null, 0, construct, "A standardized loading of "
						+ construct + " is " + Sentences.format(loading, 3) + ", beyond 1 (a Heywood case: a negative residual variance), so its"
						+ " composite reliability and AVE are not interpretable."));
			}
		}
		return Result.of(new ConvergentValidity(construct, compositeReliability(standardizedLoadings),
				averageVarianceExtracted(standardizedLoadings)), problems);
	}

	/** (Σλ)² / ((Σλ)² + Σ(1 - λ²)) of standardized loadings. */
	public static double compositeReliability(double[] standardizedLoadings) {
		double residuals = 0;
		for (double loading : standardizedLoadings) {
			residuals += 1 - loading * loading;
		}
		return omega(standardizedLoadings, residuals, 1);
	}

	/** Σλ² / k of standardized loadings. */
	public static double averageVarianceExtracted(double[] standardizedLoadings) {
		double sum = 0;
		for (double loading : standardizedLoadings) {
			sum += loading * loading;
		}
		return sum / standardizedLoadings.length;
	}

	/**
	 * McDonald's omega of a congeneric model without residual covariances: (Σλ)² ψ / ((Σλ)² ψ + Σθ), from
	 * unstandardized loadings λ, residual variances θ and the factor's variance ψ.
	 */
	public static double omega(double[] loadings, double[] residualVariances, double factorVariance) {
		double residuals = 0;
		for (double theta : residualVariances) {
			residuals += theta;
		}
		return omega(loadings, residuals, factorVariance);
	}

	private static double omega(double[] loadings, double residuals, double factorVariance) {
		double sum = 0;
		for (double loading : loadings) {
			sum += loading;
		}
		double common = sum * sum * factorVariance;
		return common / (common + residuals);
	}
}
