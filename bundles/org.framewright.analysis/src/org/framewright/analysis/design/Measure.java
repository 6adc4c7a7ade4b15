package org.framewright.analysis.design;

import java.util.List;

/**
 * The measurement of one latent variable: its name, how it is measured, and its indicators (item codes, dimension
 * names, or product-indicator names). The title is the researcher's text, for comments only.
 */
public record Measure(String latent, String title, MeasureKind kind, List<String> indicators) {

	public Measure {
		indicators = List.copyOf(indicators);
	}
}
