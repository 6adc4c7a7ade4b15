package org.framewright.stats.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * Cronbach's alpha from the covariance matrix of a scale's items, with alpha if an item is deleted and each item's
 * corrected item-total correlation (with the sum of the other items), all from the same matrix, so raw data and a
 * published item covariance table give the same numbers.
 */
public final class CronbachAlpha {

	private CronbachAlpha() {
	}

	/** Alpha of the items of a construct; every item must be a variable of the moments. */
	public static Result<Alpha> of(String construct, Moments moments, List<String> items) {
		int k = items.size();
		if (k < 2) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.TOO_FEW_ITEMS, null, 0, construct,
					"Cronbach's alpha needs at least 2 items, but " + construct + " has " + k + "."));
		}
		// Two cases are the fewest with a variance.
		Optional<Problem> lacking = moments.lacks(items, 2, "Cronbach's alpha of " + construct);
		if (lacking.isPresent()) {
			return Result.failed(lacking.get());
		}
		double[][] c = moments.select(items).covariance();
		List<Problem> problems = new ArrayList<>();
		List<String> constant = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			if (!(c[i][i] > 0)) {
				constant.add(items.get(i));
			}
		}
		if (constant.size() == k) {
			return Result.failed(Problem.error(StatsIssueCodes.ZERO_VARIANCE, "No item of " + construct + " varies (every case gives the"
					+ " same answers), so its reliability cannot be computed."));
		}
		if (!constant.isEmpty()) {
			problems.add(new Problem(Severity.WARNING, StatsIssueCodes.ZERO_VARIANCE, null, 0, constant.get(0),
					Sentences.list(constant) + (constant.size() == 1 ? " has" : " have") + " no variance (every case gives the same answer),"
							+ " so " + (constant.size() == 1 ? "its" : "their") + " corrected item-total correlation is undefined and alpha is"
							+ " lowered by an item that measures nothing."));
		}
		double alpha = alpha(c, -1);
		List<ItemStatistics> statistics = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			double rest = 0;
			double restVariance = 0;
			for (int a = 0; a < k; a++) {
				if (a == i) {
					continue;
				}
				rest += c[i][a];
				for (int b = 0; b < k; b++) {
					if (b != i) {
						restVariance += c[a][b];
					}
				}
			}
			double itemTotal = c[i][i] > 0 && restVariance > 0 ? rest / Math.sqrt(c[i][i] * restVariance) : Double.NaN;
			statistics.add(new ItemStatistics(items.get(i), k > 2 ? alpha(c, i) : Double.NaN, itemTotal));
		}
		return Result.of(new Alpha(construct, alpha, standardizedAlpha(c), statistics, moments.n()), problems);
	}

	/** Alpha of the covariance matrix without item {@code left} (none when -1). */
	private static double alpha(double[][] c, int left) {
		int k = c.length - (left >= 0 ? 1 : 0);
		double variances = 0;
		double total = 0;
		for (int a = 0; a < c.length; a++) {
			if (a == left) {
				continue;
			}
			variances += c[a][a];
			for (int b = 0; b < c.length; b++) {
				if (b != left) {
					total += c[a][b];
				}
			}
		}
		return (double) k / (k - 1) * (1 - variances / total);
	}

	private static double standardizedAlpha(double[][] c) {
		int k = c.length;
		double sum = 0;
		int pairs = 0;
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < a; b++) {
				if (c[a][a] > 0 && c[b][b] > 0) {
					sum += c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
					pairs++;
				}
			}
		}
		double r = sum / pairs;
		return k * r / (1 + (k - 1) * r);
	}
}
