package org.framewright.stats.reliability;

import java.util.List;

/**
 * The heterotrait-monotrait ratios of every pair of constructs; 1 on the diagonal, NaN for a pair with a construct
 * of one item (whose items have no correlations among themselves).
 */
public record HtmtMatrix(List<String> constructs, double[][] values) {

	public HtmtMatrix {
		constructs = List.copyOf(constructs);
	}

	/** The ratio of two constructs. */
	public double get(String a, String b) {
		return values[constructs.indexOf(a)][constructs.indexOf(b)];
	}
}
