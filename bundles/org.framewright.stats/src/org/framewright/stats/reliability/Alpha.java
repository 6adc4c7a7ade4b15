package org.framewright.stats.reliability;

import java.util.List;

/**
 * Cronbach's alpha of a construct's items.
 *
 * @param construct         the construct
 * @param alpha             k / (k - 1) * (1 - sum of item variances / variance of the sum)
 * @param standardizedAlpha k * r / (1 + (k - 1) * r), r the mean inter-item correlation
 * @param items             alpha if deleted and corrected item-total correlation of each item, in order
 * @param n                 the number of cases
 */
public record Alpha(String construct, double alpha, double standardizedAlpha, List<ItemStatistics> items, int n) {

	public Alpha {
		items = List.copyOf(items);
	}
}
