package org.framewright.stats.regression;

import java.util.List;
import java.util.Optional;

/**
 * The composite path model of a framework, estimated: one regression per endogenous construct.
 *
 * @param source      the data's file (or description)
 * @param n           the number of cases every regression used
 * @param regressions in the order of {@link PathModelDesign#of}
 */
public record PathEstimates(String source, int n, List<RegressionResult> regressions) {

	public PathEstimates {
		regressions = List.copyOf(regressions);
	}

	/** The regression of an endogenous construct. */
	public Optional<RegressionResult> regression(String outcome) {
		return regressions.stream().filter(r -> r.outcome().equals(outcome)).findFirst();
	}
}
