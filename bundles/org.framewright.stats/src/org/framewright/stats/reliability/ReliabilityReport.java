package org.framewright.stats.reliability;

import java.util.List;
import java.util.Optional;

/**
 * The reliability and discriminant validity of a framework's measurement from item-level data: Cronbach's alpha
 * of every construct with at least two items, and the HTMT of every pair of first-order constructs.
 */
public record ReliabilityReport(List<Alpha> alphas, HtmtMatrix htmt) {

	public ReliabilityReport {
		alphas = List.copyOf(alphas);
	}

	/** The alpha of a construct, if it has one. */
	public Optional<Alpha> alpha(String construct) {
		return alphas.stream().filter(a -> a.construct().equals(construct)).findFirst();
	}
}
