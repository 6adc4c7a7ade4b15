package org.framewright.stats.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * The Fornell-Larcker table: the square root of each construct's AVE on the diagonal, the latent correlations
 * below it. Two constructs are discriminated when each one's root AVE exceeds the absolute correlation between
 * them (Fornell &amp; Larcker 1981).
 */
public record FornellLarckerTable(List<String> constructs, double[] rootAve, double[][] correlations) {

	public FornellLarckerTable {
		constructs = List.copyOf(constructs);
	}

	/** Whether two constructs (by position) pass the criterion. */
	public boolean discriminates(int a, int b) {
		double r = Math.abs(correlations[a][b]);
		return rootAve[a] > r && rootAve[b] > r;
	}

	/** The pairs that fail the criterion, as "A - B". */
	public List<String> violations() {
		List<String> pairs = new ArrayList<>();
		for (int a = 0; a < constructs.size(); a++) {
			for (int b = 0; b < a; b++) {
				if (!discriminates(a, b)) {
					pairs.add(constructs.get(b) + " - " + constructs.get(a));
				}
			}
		}
		return pairs;
	}
}
