package org.framewright.analysis.lavaan;

import java.util.List;
import java.util.stream.Collectors;

import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.DefinedParameter;
import org.framewright.analysis.design.Measure;
import org.framewright.analysis.design.MeasureKind;
import org.framewright.analysis.design.ProductTerm;
import org.framewright.analysis.design.Regression;

/**
 * The lavaan model syntax of an analysis, one line per measure, product term, regression and defined parameter.
 * It holds identifiers only (names from the framework and names the analysis made), never researcher's text.
 */
final class LavaanSyntax {

	private LavaanSyntax() {
	}

	/** The whole model. */
	static List<String> model(AnalysisModel analysis) {
		List<String> lines = new java.util.ArrayList<>();
		analysis.measures().forEach(measure -> lines.add(measure(measure)));
		analysis.productTerms().forEach(term -> lines.add(productTerm(term)));
		analysis.regressions().forEach(regression -> lines.add(regression(regression)));
		analysis.covariances().forEach(covariance -> lines.add(covariance.left() + " ~~ " + covariance.right()));
		analysis.variances().forEach(variance -> lines.add(variance.latent() + " ~~ " + variance.label() + "*" + variance.latent()));
		analysis.definedParameters().forEach(parameter -> lines.add(definedParameter(parameter)));
		return lines;
	}

	/** The measurement of the first-order reflective constructs only: what HTMT is computed on. */
	static List<String> firstOrderMeasurement(AnalysisModel analysis) {
		return analysis.measures().stream().filter(measure -> measure.kind() == MeasureKind.REFLECTIVE).map(LavaanSyntax::measure).toList();
	}

	static String measure(Measure measure) {
		String operator = measure.kind() == MeasureKind.FORMATIVE ? " <~ " : " =~ ";
		return measure.latent() + operator + String.join(" + ", measure.indicators());
	}

	static String productTerm(ProductTerm term) {
		return term.latent() + " =~ " + String.join(" + ", term.productNames());
	}

	static String regression(Regression regression) {
		return regression.outcome() + " ~ "
				+ regression.predictors().stream().map(p -> p.label() + "*" + p.variable()).collect(Collectors.joining(" + "));
	}

	static String definedParameter(DefinedParameter parameter) {
		return parameter.name() + " := " + parameter.expression(label -> label, variance -> "sqrt(" + variance + ")");
	}
}
