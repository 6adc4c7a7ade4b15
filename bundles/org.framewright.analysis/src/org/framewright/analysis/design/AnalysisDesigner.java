package org.framewright.analysis.design;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.structure.StructuralModel;

/** Designs the tool-neutral analysis of a framework, once, for every analysis-code writer. */
public final class AnalysisDesigner {

	private AnalysisDesigner() {
	}

	public static AnalysisModel design(Framework framework) {
		UniqueNames names = reservedNames(framework);
		StructuralModel structure = StructuralModel.of(framework);
		StructureDesigner coefficients = new StructureDesigner(structure, names);
		EffectDesigner effects = new EffectDesigner(structure, coefficients, names);
		return new AnalysisModel(framework.getName(), framework.getTitle(), MeasurementDesigner.columns(framework),
				MeasurementDesigner.reversedItems(framework), MeasurementDesigner.measures(framework), coefficients.productTerms(),
				coefficients.regressions(), coefficients.variances(), effects.definedParameters(), effects.tests());
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
