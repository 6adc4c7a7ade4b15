package org.framewright.stats.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.Item;

/**
 * Composite scores as many papers compute them: a construct's score is the mean of its items (after reverse
 * coding), and a higher-order construct's the mean of its dimensions' scores, so each dimension weighs the same
 * whatever its number of items. Expressed as weights on the items, so that raw data and item-level tables give the
 * same composites.
 */
public final class CompositeScores {

	private CompositeScores() {
	}

	/** Each construct's item weights; constructs with neither items nor dimensions have none and are left out. */
	public static Map<String, Map<String, Double>> weights(Framework framework) {
		Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
		for (Construct construct : framework.getConstructs()) {
			Map<String, Double> w = weights(construct, 0);
			if (!w.isEmpty()) {
				weights.put(construct.getName(), w);
			}
		}
		return weights;
	}

	/** The composite score of every construct that has one, case by case. */
	public static Map<String, double[]> of(ResponseData data, Framework framework) {
		return of(data, weights(framework));
	}

	/** The composite scores of the constructs whose item weights are given (by {@link #weights(Framework)}). */
	public static Map<String, double[]> of(ResponseData data, Map<String, Map<String, Double>> constructWeights) {
		Map<String, double[]> scores = new LinkedHashMap<>();
		constructWeights.forEach((construct, weights) -> {
			double[] score = new double[data.size()];
			weights.forEach((item, weight) -> {
				double[] column = data.values(item);
				for (int c = 0; c < score.length; c++) {
					score[c] += weight * column[c];
				}
			});
			scores.put(construct, score);
		});
		return scores;
	}

	/** The items of a construct, or of its dimensions (recursively) for a higher-order construct. */
	public static List<String> leafItems(Construct construct) {
		return List.copyOf(weights(construct, 0).keySet());
	}

	private static Map<String, Double> weights(Construct construct, int depth) {
		Map<String, Double> weights = new LinkedHashMap<>();
		// Dimensions deeper than the number of constructs can only be a cycle, which validation reports.
		if (construct == null || construct.eIsProxy() || depth > 50) {
			return weights;
		}
		if (!construct.getItems().isEmpty()) {
			List<Item> items = construct.getItems().stream().filter(item -> item.getName() != null).toList();
			items.forEach(item -> weights.merge(item.getName(), 1.0 / items.size(), Double::sum));
			return weights;
		}
		List<Map<String, Double>> dimensions = construct.getDimensions().stream().map(d -> weights(d, depth + 1)).filter(w -> !w.isEmpty())
				.toList();
		for (Map<String, Double> dimension : dimensions) {
			dimension.forEach((item, weight) -> weights.merge(item, weight / dimensions.size(), Double::sum));
		}
		return weights;
	}
}
