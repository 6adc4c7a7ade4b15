package org.framewright.ui.workbench;

import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.model.generation.FrameworkGenerator;

/** Generate > Analysis Code: the lavaan script that tests every hypothesis and prints the verdicts. */
public final class AnalysisStudioGenerator implements StudioGenerator {

	@Override
	public FrameworkGenerator create() {
		return new LavaanWriter();
	}
}
