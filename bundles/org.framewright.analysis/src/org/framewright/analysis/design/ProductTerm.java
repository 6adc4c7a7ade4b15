package org.framewright.analysis.design;

import java.util.List;

/**
 * A latent product term: an interaction X x W, or the square X x X of a curvilinear effect. Its indicators are the
 * double-mean-centred products of the items of its two factors (Lin et al. 2010), matched pair by pair when both
 * factors have as many items, else every pair.
 */
public record ProductTerm(String latent, String left, String right, List<String> leftItems, List<String> rightItems,
		boolean matched, List<String> productNames) {

	public ProductTerm {
		leftItems = List.copyOf(leftItems);
		rightItems = List.copyOf(rightItems);
		productNames = List.copyOf(productNames);
	}

	/** Whether the term is the square of one latent variable. */
	public boolean isQuadratic() {
		return left.equals(right);
	}
}
