package org.framewright.analysis.design;

import java.util.List;

/**
 * A parameter defined from labelled coefficients: a sum of products of labels, e.g. an indirect effect
 * {@code a * b}, a total effect {@code c + a * b}, or an index of moderated mediation {@code a3 * b}.
 */
public record DefinedParameter(String name, String description, List<List<String>> sumOfProducts) {

	public DefinedParameter {
		sumOfProducts = sumOfProducts.stream().map(List::copyOf).toList();
	}
}
