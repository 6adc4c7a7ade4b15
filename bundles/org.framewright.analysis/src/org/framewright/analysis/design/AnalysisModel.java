package org.framewright.analysis.design;

import java.util.List;

import org.framewright.analysis.AnalysisOptions;

/**
 * A tool-neutral analysis plan of a framework: what the data must hold, how items are recoded and categorical
 * controls dummy-coded, the measurement and structural model with labelled paths, the labelled variances of
 * moderators, the defined effects, the parameter that tests each hypothesis, and the bootstrap the scripts estimate
 * intervals by. Every analysis-code writer reads the framework through this model only.
 */
public record AnalysisModel(String name, String title, List<String> columns, List<ReversedItem> reversedItems, List<DummyCoding> dummyCodings,
		List<Measure> measures, List<ProductTerm> productTerms, List<Regression> regressions, List<Covariance> covariances, List<Variance> variances,
		List<DefinedParameter> definedParameters, List<HypothesisTest> tests, AnalysisOptions options) {

	public AnalysisModel {
		columns = List.copyOf(columns);
		reversedItems = List.copyOf(reversedItems);
		dummyCodings = List.copyOf(dummyCodings);
		measures = List.copyOf(measures);
		productTerms = List.copyOf(productTerms);
		regressions = List.copyOf(regressions);
		variances = List.copyOf(variances);
		covariances = List.copyOf(covariances);
		definedParameters = List.copyOf(definedParameters);
		tests = List.copyOf(tests);
	}

	/**
	 * The measures whose reliability and validity are defined: first-order reflective constructs with two or more
	 * items. Alpha, composite reliability, AVE and HTMT assume items that reflect one construct, so higher-order
	 * constructs (measured by dimensions, not items), formative constructs (whose items need not correlate) and
	 * product terms are left out, and a single item has no internal consistency.
	 */
	public List<Measure> multiItemReflectiveMeasures() {
		return measures.stream().filter(measure -> measure.kind() == MeasureKind.REFLECTIVE && measure.indicators().size() >= 2).toList();
	}

	/**
	 * Whether a CFA of the multi-item reflective measures (one factor each, the factors correlated) is identified:
	 * with two or more factors it is, a single factor needs three items.
	 */
	public boolean isMeasurementModelIdentified() {
		List<Measure> measures = multiItemReflectiveMeasures();
		return measures.size() >= 2 || measures.size() == 1 && measures.get(0).indicators().size() >= 3;
	}
}
