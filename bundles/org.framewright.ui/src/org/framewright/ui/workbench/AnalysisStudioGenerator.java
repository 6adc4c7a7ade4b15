package org.framewright.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import org.framewright.analysis.AnalysisTarget;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;

/**
 * Generate > Analysis Code: the analysis code for every target (lavaan, seminr, semopy, Mplus, Stata,
 * SPSS/PROCESS), each testing every hypothesis by the parameter that answers it, with the bootstrap of the
 * preferences.
 */
public final class AnalysisStudioGenerator implements StudioGenerator {

	@Override
	public FrameworkGenerator create() {
		return new FrameworkGenerator() {
			@Override
			public String description() {
				return "analysis code";
			}

			@Override
			public List<GeneratedFile> generate(Framework framework) {
				if (!AnalysisTarget.canAnalyse(framework)) {
					throw new IllegalArgumentException("the framework has no hypotheses about constructs measured by items");
				}
				List<GeneratedFile> files = new ArrayList<>();
				for (AnalysisTarget target : AnalysisTarget.values()) {
					files.addAll(target.writer(StudioPreferences.analysisOptions()).generate(framework));
				}
				return files;
			}
		};
	}
}
