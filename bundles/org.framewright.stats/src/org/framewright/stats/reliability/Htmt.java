package org.framewright.stats.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.StatsIssueCodes;

/**
 * The heterotrait-monotrait ratio of correlations (Henseler, Ringle &amp; Sarstedt 2015): for constructs i and j, the
 * mean correlation between their items over the geometric mean of the mean correlations among each one's own
 * items. Correlations are taken in absolute value, as semTools' {@code htmt} does, so a reversed item that was not
 * reverse-coded cannot cancel others out. {@link Mean#GEOMETRIC} gives HTMT2 (Roemer, Schuberth &amp; Henseler 2021),
 * which needs no tau-equivalence.
 */
public final class Htmt {

	/** How the correlations of a block are averaged. */
	public enum Mean {
		/** HTMT as Henseler et al. (2015) define it. */
		ARITHMETIC,
		/** HTMT2 (Roemer et al. 2021). */
		GEOMETRIC
	}

	private Htmt() {
	}

	/** The ratios among constructs, each given by its item names (variables of the moments), in the map's order. */
	public static Result<HtmtMatrix> of(Moments moments, Map<String, List<String>> blocks, Mean mean) {
		List<String> constructs = new ArrayList<>(blocks.keySet());
		List<Problem> problems = new ArrayList<>();
		List<String> items = new ArrayList<>();
		blocks.values().forEach(items::addAll);
		// Three cases are the fewest with a correlation that is not +-1 by construction.
		Optional<Problem> lacking = moments.lacks(items, 3, "The HTMT");
		if (lacking.isPresent()) {
			return Result.failed(lacking.get());
		}
		double[][] r = moments.select(items).correlation();
		int[][] at = new int[constructs.size()][];
		int offset = 0;
		for (int c = 0; c < constructs.size(); c++) {
			int size = blocks.get(constructs.get(c)).size();
			at[c] = new int[size];
			for (int i = 0; i < size; i++) {
				at[c][i] = offset + i;
			}
			offset += size;
		}
		List<String> single = constructs.stream().filter(c -> blocks.get(c).size() < 2).toList();
		if (!single.isEmpty()) {
			problems.add(Problem.warning(StatsIssueCodes.TOO_FEW_ITEMS, "The HTMT of " + Sentences.list(single) + " with other constructs"
					+ " is undefined: " + (single.size() == 1 ? "it has" : "they have") + " one item, and so no correlations among "
					+ (single.size() == 1 ? "its" : "their") + " own items."));
		}
		double[] monotrait = new double[constructs.size()];
		for (int c = 0; c < constructs.size(); c++) {
			monotrait[c] = mean(r, at[c], at[c], mean);
		}
		int q = constructs.size();
		double[][] values = new double[q][q];
		for (int a = 0; a < q; a++) {
			values[a][a] = 1;
			for (int b = 0; b < a; b++) {
				values[a][b] = values[b][a] = mean(r, at[a], at[b], mean) / Math.sqrt(monotrait[a] * monotrait[b]);
			}
		}
		return Result.of(new HtmtMatrix(constructs, values), problems);
	}

	/** The mean absolute correlation between two blocks; within one block, over its distinct pairs. */
	private static double mean(double[][] r, int[] left, int[] right, Mean mean) {
		double sum = 0;
		int count = 0;
		boolean same = left == right;
		for (int i = 0; i < left.length; i++) {
			for (int j = same ? i + 1 : 0; j < right.length; j++) {
				double value = Math.abs(r[left[i]][right[j]]);
				sum += mean == Mean.GEOMETRIC ? Math.log(value) : value;
				count++;
			}
		}
		if (count == 0) {
			return Double.NaN;
		}
		return mean == Mean.GEOMETRIC ? Math.exp(sum / count) : sum / count;
	}
}
