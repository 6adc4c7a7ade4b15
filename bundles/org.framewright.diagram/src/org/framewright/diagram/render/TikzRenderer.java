package org.framewright.diagram.render;

import static org.framewright.diagram.render.TikzText.escape;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.scene.Box;
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

/**
 * The diagram as a TikZ picture for a LaTeX thesis or paper: a {@code tikzpicture} environment the researcher
 * inputs or pastes into a document that loads <code>&#92;usepackage{tikz}</code>. No TikZ library and no setup
 * outside the picture is needed: the colours are defined inside it (TikZ loads xcolor), and it holds no macro
 * parameter ({@code #}), so it also works inside a beamer frame or a macro's argument.
 * <p>
 * The picture draws the drawing as the SVG does, shape by shape at the same coordinates: the x and y unit
 * vectors make one unit a pixel (0.75pt) with y pointing down, so the coordinates are the drawing's own. Text
 * is set in the document's sans-serif font ({@code \sffamily}) at the drawing's sizes, anchored on its baseline
 * where the layout placed it; the layout measured it with
 * {@value org.framewright.diagram.text.DiagramFont#FAMILY}, which is wider than the usual LaTeX fonts, so the text
 * fits its shapes.
 */
public final class TikzRenderer implements DiagramRenderer {

	/**
	 * A pixel in TeX points. A pixel is 1/96 inch, 0.7528pt (TeX's point is 1/72.27 inch); the round 0.75 makes
	 * the figure 0.4% smaller than the SVG and keeps font sizes round (12px = 9pt).
	 */
	private static final double POINTS_PER_PIXEL = 0.75;

	/** The corner radius of a group's rectangle, in pixels, as in the SVG. */
	private static final double GROUP_CORNER_RADIUS = 8;

	/** The legend's frame, as in the SVG. */
	private static final String LEGEND_FRAME = "#9a9a9a";

	/** The legend frame's width, in pixels, as in the SVG. */
	private static final double LEGEND_FRAME_WIDTH = 0.8;

	/** How opaque the white box under an arrow's label is, as in the SVG: a crossing line shows faintly. */
	private static final double LABEL_BACKGROUND_OPACITY = 0.9;

	/** The baseline skip LaTeX is given for a font size (single lines do not use it; LaTeX's own ratio is 1.2). */
	private static final double LINE_SPACING = 1.2;

	@Override
	public byte[] render(Drawing drawing) {
		StringBuilder tex = new StringBuilder();
		DiagramStyle style = drawing.style();
		tex.append("% ").append(comment(drawing.title())).append('\n');
		tex.append("% Drawn by Framewright. Needs \\usepackage{tikz} and no TikZ library. Text is UTF-8: pdfLaTeX sets\n");
		tex.append("% Latin accents; Arabic, Chinese and other scripts need XeLaTeX or LuaLaTeX with a font that has them.\n");
		tex.append("% Coordinates are the diagram's pixels (1px = 0.75pt) from its top-left corner, y downwards. To fit the\n");
		tex.append("% text width: \\resizebox{\\linewidth}{!}{\\input{this file}}.\n");
		tex.append("\\begin{tikzpicture}[x=").append(points(1)).append(", y=").append(points(-1)).append(",\n");
		tex.append("\tfw text/.style={inner sep=0pt, outer sep=0pt, text=fwText}]\n");
		colours(tex, style);
		tex.append("\\fill[white, use as bounding box] (0,0) rectangle (").append(number(drawing.width())).append(',')
				.append(number(drawing.height())).append(");\n");
		for (DrawnNode group : drawing.groups()) {
			node(tex, group, style);
		}
		for (Connector connector : drawing.connectors()) {
			connector(tex, connector, style);
		}
		for (DrawnNode node : drawing.nodes()) {
			node(tex, node, style);
		}
		drawing.heading().forEach(line -> text(tex, line));
		if (drawing.legend() != null) {
			legend(tex, drawing.legend(), style);
		}
		tex.append("\\end{tikzpicture}\n");
		return tex.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Defines a colour for each role the style knows, named after it (fwConstructFill, fwImpliedArrow ...). */
	private static void colours(StringBuilder tex, DiagramStyle style) {
		colour(tex, "fwText", style.text());
		for (NodeKind kind : NodeKind.values()) {
			colour(tex, "fw" + name(kind) + "Fill", style.fill(kind));
			colour(tex, "fw" + name(kind) + "Line", style.stroke(kind));
		}
		for (ConnectorKind kind : ConnectorKind.values()) {
			colour(tex, "fw" + name(kind) + "Arrow", style.stroke(kind));
		}
		colour(tex, "fwLegendFrame", LEGEND_FRAME);
	}

	private static void colour(StringBuilder tex, String name, String rgb) {
		tex.append("\\definecolor{").append(name).append("}{HTML}{").append(rgb.substring(1).toUpperCase(Locale.ROOT)).append("}\n");
	}

	/** A construct (ellipse), item (rectangle), control (dashed rectangle) or group (rounded rectangle), then its text. */
	private static void node(StringBuilder tex, DrawnNode node, DiagramStyle style) {
		NodeKind kind = node.kind();
		Box box = node.bounds();
		tex.append("% ").append(comment(node.id())).append('\n');
		tex.append("\\filldraw[fill=fw").append(name(kind)).append("Fill, draw=fw").append(name(kind)).append("Line, line width=")
				.append(points(style.strokeWidth(kind))).append(dashes(style.dashes(kind)));
		if (kind == NodeKind.GROUP) {
			tex.append(", rounded corners=").append(points(GROUP_CORNER_RADIUS));
		}
		if (kind == NodeKind.CONSTRUCT) {
			tex.append("] ").append(point(box.center())).append(" ellipse [x radius=").append(number(box.width() / 2))
					.append(", y radius=").append(number(box.height() / 2)).append("];\n");
		} else {
			tex.append("] ").append(point(new Point(box.x(), box.y()))).append(" rectangle ")
					.append(point(new Point(box.right(), box.bottom()))).append(";\n");
		}
		node.text().forEach(line -> text(tex, line));
	}

	/** An arrow: its line, its arrowhead, and its label on a white box. */
	private static void connector(StringBuilder tex, Connector connector, DiagramStyle style) {
		tex.append("% ").append(comment(connector.id())).append('\n');
		arrow(tex, connector, style);
		if (connector.label() != null) {
			Box box = connector.label().bounds();
			tex.append("\\fill[white, fill opacity=").append(number(LABEL_BACKGROUND_OPACITY)).append("] ")
					.append(point(new Point(box.x(), box.y()))).append(" rectangle ").append(point(new Point(box.right(), box.bottom())))
					.append(";\n");
			text(tex, connector.label().line());
		}
	}

	/** The line of an arrow in its kind's colour, width and dash pattern, and its filled arrowhead. */
	private static void arrow(StringBuilder tex, Connector connector, DiagramStyle style) {
		ConnectorKind kind = connector.kind();
		String colour = "fw" + name(kind) + "Arrow";
		tex.append("\\draw[").append(colour).append(", line width=").append(points(style.strokeWidth(kind))).append(dashes(style.dashes(kind)))
				.append("] ").append(path(connector.line())).append(";\n");
		tex.append("\\fill[").append(colour).append("] ").append(path(connector.arrowhead())).append(" -- cycle;\n");
	}

	/** The legend's framed box, and each entry's sample arrow and text. */
	private static void legend(StringBuilder tex, Legend legend, DiagramStyle style) {
		Box box = legend.bounds();
		tex.append("% legend\n");
		tex.append("\\filldraw[fill=white, draw=fwLegendFrame, line width=").append(points(LEGEND_FRAME_WIDTH)).append("] ")
				.append(point(new Point(box.x(), box.y()))).append(" rectangle ").append(point(new Point(box.right(), box.bottom())))
				.append(";\n");
		for (LegendEntry entry : legend.entries()) {
			if (entry.sample() != null) {
				Connector sample = new Connector("sample", entry.sample(), "", "", List.of(entry.sampleStart(), entry.sampleEnd()), List.of(),
						"", null);
				arrow(tex, sample, style);
			}
			text(tex, entry.text());
		}
	}

	/** A line of text, its baseline where the layout put it, starting at or centred on its x. */
	private static void text(StringBuilder tex, TextLine line) {
		if (line.text().isBlank()) {
			return;
		}
		double size = line.fontSize() * POINTS_PER_PIXEL;
		tex.append("\\node[fw text, anchor=").append(line.anchor() == TextAnchor.MIDDLE ? "base" : "base west")
				.append(", font=\\sffamily\\fontsize{").append(number(size)).append("}{").append(number(size * LINE_SPACING))
				.append("}\\selectfont] at ").append(point(new Point(line.x(), line.baseline()))).append(" {").append(escape(line.text()))
				.append("};\n");
	}

	/** A TikZ dash pattern option, or nothing for a solid line; an odd pattern is repeated, as SVG does. */
	private static String dashes(double[] dashes) {
		if (dashes.length == 0) {
			return "";
		}
		StringBuilder pattern = new StringBuilder(", dash pattern=");
		int count = dashes.length % 2 == 0 ? dashes.length : dashes.length * 2;
		for (int i = 0; i < count; i++) {
			pattern.append(i == 0 ? "" : " ").append(i % 2 == 0 ? "on " : "off ").append(points(dashes[i % dashes.length]));
		}
		return pattern.toString();
	}

	private static String path(List<Point> points) {
		return points.stream().map(TikzRenderer::point).collect(Collectors.joining(" -- "));
	}

	private static String point(Point point) {
		return "(" + number(point.x()) + "," + number(point.y()) + ")";
	}

	/** A length in pixels as TeX points. */
	private static String points(double pixels) {
		return number(pixels * POINTS_PER_PIXEL) + "pt";
	}

	/** A number with two decimals at most, '.' as the decimal point whatever the locale, no "-0". */
	private static String number(double value) {
		return Numbers.format(value);
	}

	/** A kind's name as part of a colour name: "Construct", "Hypothesised". */
	private static String name(Enum<?> kind) {
		String lower = kind.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/** Text for a comment: on one line, so that nothing of it reaches TeX. */
	private static String comment(String text) {
		return text.codePoints().map(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
	}
}
