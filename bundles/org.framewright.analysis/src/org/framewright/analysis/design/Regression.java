package org.framewright.analysis.design;

import java.util.List;

/** The regression of one endogenous variable on its predictors (constructs, product terms and controls). */
public record Regression(String outcome, List<Predictor> predictors) {

	public Regression {
		predictors = List.copyOf(predictors);
	}
}
