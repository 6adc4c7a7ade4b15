package org.framewright.diagram;

import java.util.ArrayList;
import java.util.List;

import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;

/**
 * The diagram as a generator of the build: the framework laid out once and rendered in each format asked for,
 * as {@code <Name>-diagram.<ext>} (with the measurement model: {@code <Name>-diagram-items.<ext>}).
 */
public final class DiagramGenerator implements FrameworkGenerator {

	private final DiagramFont font;
	private final DiagramOptions options;
	private final List<DiagramFormat> formats;
	private final int dpi;

	public DiagramGenerator(DiagramFont font, DiagramOptions options, List<DiagramFormat> formats, int dpi) {
		this.font = font;
		this.options = options;
		this.formats = List.copyOf(formats);
		this.dpi = dpi;
	}

	@Override
	public String description() {
		return "framework diagram";
	}

	@Override
	public List<GeneratedFile> generate(Framework framework) {
		Drawing drawing = new FrameworkDiagram(font).draw(framework, options);
		List<GeneratedFile> files = new ArrayList<>();
		for (DiagramFormat format : formats) {
			files.add(new GeneratedFile(fileName(framework, options, format), format.renderer(font, dpi).render(drawing)));
		}
		return files;
	}

	/** The name of the diagram file of a framework in a format. */
	public static String fileName(Framework framework, DiagramOptions options, DiagramFormat format) {
		return framework.getName() + "-diagram" + (options.items() ? "-items" : "") + "." + format.extension();
	}
}
