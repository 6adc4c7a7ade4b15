package org.framewright.ui.workbench;

import org.framewright.diagram.DiagramGenerator;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.generation.FrameworkGenerator;

/** Generate > Diagram: the framework diagram in the formats and style of the preferences. */
public final class DiagramStudioGenerator implements StudioGenerator {

	@Override
	public FrameworkGenerator create() throws DiagramFont.FontNotFoundException {
		return new DiagramGenerator(DiagramFont.system(), StudioPreferences.diagramOptions(), StudioPreferences.diagramFormats(), DiagramFormat.DEFAULT_DPI);
	}
}
