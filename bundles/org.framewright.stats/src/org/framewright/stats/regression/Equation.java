package org.framewright.stats.regression;

import java.util.List;

/** One regression of a composite path model: an endogenous construct and its predictors, in order. */
public record Equation(String outcome, List<Term> terms) {

	public Equation {
		terms = List.copyOf(terms);
	}
}
