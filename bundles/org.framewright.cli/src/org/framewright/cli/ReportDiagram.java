package org.framewright.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.framewright.diagram.DiagramAnnotations;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.FrameworkDiagram;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;
import org.framewright.stats.report.DiagramNotes;

/** The framework diagram of an analysis report, drawn with the report's {@link DiagramNotes} on its arrows. */
final class ReportDiagram {

	private ReportDiagram() {
	}

	/** The diagram as an SVG document. */
	static String svg(Framework framework, DiagramNotes notes, DiagramFont font) {
		Map<String, String> paths = new LinkedHashMap<>();
		notes.paths().forEach(path -> paths.put(DiagramAnnotations.pathKey(path.cause(), path.effect()), path.note()));
		DiagramOptions options = DiagramOptions.DEFAULTS.withAnnotations(new DiagramAnnotations(notes.marks(), paths));
		byte[] svg = DiagramFormat.SVG.renderer(font, DiagramFormat.DEFAULT_DPI).render(new FrameworkDiagram(font).draw(framework, options));
		return new String(svg, StandardCharsets.UTF_8);
	}
}
