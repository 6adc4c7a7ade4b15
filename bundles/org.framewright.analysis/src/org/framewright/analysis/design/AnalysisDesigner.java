package org.framewright.analysis.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.framewright.analysis.AnalysisOptions;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.structure.StructuralModel;

/** Designs the tool-neutral analysis of a framework, once, for every analysis-code writer. */
public final class AnalysisDesigner {

	private AnalysisDesigner() {
	}

	public static AnalysisModel design(Framework framework) {
		return design(framework, AnalysisOptions.DEFAULTS);
	}

	public static AnalysisModel design(Framework framework, AnalysisOptions options) {
		UniqueNames names = reservedNames(framework);
		StructuralModel structure = StructuralModel.of(framework);
		StructureDesigner coefficients = new StructureDesigner(structure, names);
		EffectDesigner effects = new EffectDesigner(structure, coefficients, names);
		List<Measure> measures = MeasurementDesigner.measures(framework);
		List<Regression> regressions = coefficients.regressions();
		return new AnalysisModel(framework.getName(), framework.getTitle(), MeasurementDesigner.columns(framework),
				MeasurementDesigner.reversedItems(framework), coefficients.dummyCodings(), measures, coefficients.productTerms(), regressions,
				covariances(measures, coefficients.productTerms(), regressions), coefficients.variances(), effects.definedParameters(), effects.tests(), options);
	}

	/**
	 * The covariances of every exogenous latent variable (a construct or product term that is no regression's
	 * outcome and no other construct's dimension) with every observed control, and of the controls with each other.
	 */
	private static List<Covariance> covariances(List<Measure> measures, List<ProductTerm> productTerms, List<Regression> regressions) {
		Set<String> latents = new LinkedHashSet<>();
		measures.forEach(measure -> latents.add(measure.latent()));
		productTerms.forEach(term -> latents.add(term.latent()));
		Set<String> endogenous = new HashSet<>();
		regressions.forEach(regression -> endogenous.add(regression.outcome()));
		for (Measure measure : measures) {
			if (measure.kind() == MeasureKind.HIGHER_ORDER) {
				endogenous.addAll(measure.indicators());
			} else if (measure.kind() == MeasureKind.FORMATIVE && latents.containsAll(measure.indicators())) {
				endogenous.add(measure.latent());
			}
		}
		Set<String> controls = new LinkedHashSet<>();
		regressions.forEach(regression -> regression.predictors().stream().map(Predictor::variable).filter(v -> !latents.contains(v)).forEach(controls::add));
		List<Covariance> covariances = new ArrayList<>();
		for (String latent : latents) {
			if (!endogenous.contains(latent)) {
				controls.forEach(control -> covariances.add(new Covariance(latent, control)));
			}
		}
		List<String> observed = List.copyOf(controls);
		for (int i = 0; i < observed.size(); i++) {
			for (int j = i + 1; j < observed.size(); j++) {
				covariances.add(new Covariance(observed.get(i), observed.get(j)));
			}
		}
		return covariances;
	}

	private static UniqueNames reservedNames(Framework framework) {
		UniqueNames names = new UniqueNames();
		for (Construct construct : framework.getConstructs()) {
			names.reserve(construct.getName());
			construct.getItems().forEach(item -> names.reserve(item.getName()));
		}
		framework.getControls().forEach(control -> names.reserve(control.getName()));
		return names;
	}
}
