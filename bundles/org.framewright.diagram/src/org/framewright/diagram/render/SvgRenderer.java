package org.framewright.diagram.render;

import static org.framewright.diagram.render.Numbers.format;
import static org.framewright.diagram.render.SvgText.escape;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.Legend;
import org.framewright.diagram.scene.LegendEntry;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextAnchor;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;

/**
 * The diagram as SVG 1.1, the primary format: text stays text (searchable, selectable, translatable), the figure
 * is an accessible image with a title and a description in words, and every construct, item and arrow is a group
 * with its own title and a stable id, so that tools and tests can find them.
 */
public final class SvgRenderer implements DiagramRenderer {

	@Override
	public byte[] render(Drawing drawing) {
		StringBuilder svg = new StringBuilder();
		DiagramStyle style = drawing.style();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(format(drawing.width()))
				.append("\" height=\"").append(format(drawing.height())).append("\" viewBox=\"0 0 ").append(format(drawing.width())).append(' ')
				.append(format(drawing.height())).append("\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\" font-family=\"")
				.append(DiagramFont.FAMILY).append(", Verdana, sans-serif\">\n");
		svg.append("<title id=\"diagram-title\">").append(escape(drawing.title())).append("</title>\n");
		svg.append("<desc id=\"diagram-desc\">").append(escape(drawing.description())).append("</desc>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (DrawnNode group : drawing.groups()) {
			node(svg, group, style);
		}
		for (Connector connector : drawing.connectors()) {
			connector(svg, connector, style);
		}
		for (DrawnNode node : drawing.nodes()) {
			node(svg, node, style);
		}
		if (!drawing.heading().isEmpty()) {
			svg.append("<g class=\"heading\">\n");
			drawing.heading().forEach(line -> text(svg, line, style));
			svg.append("</g>\n");
		}
		if (drawing.legend() != null) {
			legend(svg, drawing.legend(), style);
		}
		svg.append("</svg>\n");
		return svg.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void node(StringBuilder svg, DrawnNode node, DiagramStyle style) {
		svg.append("<g id=\"").append(escape(node.id())).append("\" class=\"").append(node.kind().name().toLowerCase()).append("\">");
		svg.append("<title>").append(escape(node.description())).append("</title>");
		String paint = " fill=\"" + style.fill(node.kind()) + "\" stroke=\"" + style.stroke(node.kind()) + "\" stroke-width=\""
				+ format(style.strokeWidth(node.kind())) + "\"" + dashes(style.dashes(node.kind()));
		var box = node.bounds();
		if (node.kind() == NodeKind.CONSTRUCT) {
			svg.append("<ellipse cx=\"").append(format(box.center().x())).append("\" cy=\"").append(format(box.center().y()))
					.append("\" rx=\"").append(format(box.width() / 2)).append("\" ry=\"").append(format(box.height() / 2)).append('"')
					.append(paint).append("/>");
		} else {
			svg.append("<rect x=\"").append(format(box.x())).append("\" y=\"").append(format(box.y())).append("\" width=\"")
					.append(format(box.width())).append("\" height=\"").append(format(box.height())).append('"')
					.append(node.kind() == NodeKind.GROUP ? " rx=\"8\"" : "").append(paint).append("/>");
		}
		svg.append('\n');
		node.text().forEach(line -> text(svg, line, style));
		svg.append("</g>\n");
	}

	private static void connector(StringBuilder svg, Connector connector, DiagramStyle style) {
		svg.append("<g id=\"").append(escape(connector.id())).append("\" class=\"connector ").append(connector.kind().name().toLowerCase())
				.append("\" data-source=\"").append(escape(connector.sourceId())).append("\" data-target=\"").append(escape(connector.targetId()))
				.append('"');
		if (!connector.hypotheses().isEmpty()) {
			svg.append(" data-hypotheses=\"").append(escape(String.join(" ", connector.hypotheses()))).append('"');
		}
		svg.append("><title>").append(escape(connector.description())).append("</title>");
		line(svg, connector.kind(), connector.line(), connector.arrowhead(), style);
		if (connector.label() != null) {
			var box = connector.label().bounds();
			svg.append("<rect class=\"label-background\" x=\"").append(format(box.x())).append("\" y=\"").append(format(box.y()))
					.append("\" width=\"").append(format(box.width())).append("\" height=\"").append(format(box.height()))
					.append("\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>\n");
			text(svg, connector.label().line(), style);
		}
		svg.append("</g>\n");
	}

	private static void line(StringBuilder svg, ConnectorKind kind, List<Point> line, List<Point> arrowhead, DiagramStyle style) {
		svg.append("<polyline points=\"").append(points(line)).append("\" fill=\"none\" stroke=\"").append(style.stroke(kind))
				.append("\" stroke-width=\"").append(format(style.strokeWidth(kind))).append('"').append(dashes(style.dashes(kind))).append("/>");
		svg.append("<polygon points=\"").append(points(arrowhead)).append("\" fill=\"").append(style.stroke(kind)).append("\"/>\n");
	}

	private static void legend(StringBuilder svg, Legend legend, DiagramStyle style) {
		var box = legend.bounds();
		svg.append("<g class=\"legend\"><rect x=\"").append(format(box.x())).append("\" y=\"").append(format(box.y())).append("\" width=\"")
				.append(format(box.width())).append("\" height=\"").append(format(box.height()))
				.append("\" fill=\"#ffffff\" stroke=\"#9a9a9a\" stroke-width=\"0.8\"/>\n");
		for (LegendEntry entry : legend.entries()) {
			if (entry.sample() != null) {
				Connector sample = new Connector("sample", entry.sample(), "", "", List.of(entry.sampleStart(), entry.sampleEnd()), List.of(), "", null);
				line(svg, entry.sample(), sample.line(), sample.arrowhead(), style);
			}
			text(svg, entry.text(), style);
		}
		svg.append("</g>\n");
	}

	private static void text(StringBuilder svg, TextLine line, DiagramStyle style) {
		svg.append("<text x=\"").append(format(line.x())).append("\" y=\"").append(format(line.baseline())).append("\" font-size=\"")
				.append(format(line.fontSize())).append('"').append(line.anchor() == TextAnchor.MIDDLE ? " text-anchor=\"middle\"" : "")
				.append(" fill=\"").append(style.text()).append("\">").append(escape(line.text())).append("</text>\n");
	}

	private static String points(List<Point> points) {
		return points.stream().map(p -> format(p.x()) + "," + format(p.y())).collect(Collectors.joining(" "));
	}

	private static String dashes(double[] dashes) {
		if (dashes.length == 0) {
			return "";
		}
		StringBuilder text = new StringBuilder(" stroke-dasharray=\"");
		for (int i = 0; i < dashes.length; i++) {
			text.append(i == 0 ? "" : " ").append(format(dashes[i]));
		}
		return text.append('"').toString();
	}
}
