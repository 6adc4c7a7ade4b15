package org.framewright.diagram.layout;

import static org.framewright.diagram.layout.DiagramMetrics.*;

import java.util.ArrayList;
import java.util.List;

import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.EdgeLabel;
import org.framewright.diagram.scene.Legend;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextAnchor;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.diagram.text.TextWrapper;
import org.framewright.model.Framework;
import org.framewright.model.structure.StructuralModel;

/**
 * The whole way from a framework to a drawing: build the ELK graph, lay it out, read the shapes back, then put
 * the title above and the legend below, and move everything onto a canvas with a margin.
 */
public final class DiagramLayout {

	private final DiagramFont font;
	private final DiagramOptions options;

	public DiagramLayout(DiagramFont font, DiagramOptions options) {
		this.font = font;
		this.options = options;
	}

	public Drawing draw(Framework framework) {
		FrameworkGraphBuilder builder = new FrameworkGraphBuilder(font, options);
		FrameworkGraph graph = builder.build(framework, StructuralModel.of(framework));
		new ElkLayout().layout(graph.root);
		DrawingAssembler.Shapes shapes = new DrawingAssembler(font, options, graph, builder).assemble();

		Box extent = extent(shapes);
		double dx = MARGIN - extent.x();
		List<TextLine> heading = new ArrayList<>();
		double top = MARGIN;
		if (options.title()) {
			double width = Math.max(extent.width(), 360);
			for (String line : new TextWrapper(font).wrap(FrameworkGraphBuilder.titleOf(framework.getTitle(), framework.getName()), HEADING_FONT, width)) {
				heading.add(new TextLine(line, MARGIN + extent.width() / 2, top + font.ascent(HEADING_FONT), HEADING_FONT, TextAnchor.MIDDLE,
						font.width(line, HEADING_FONT)));
				top += font.lineHeight(HEADING_FONT);
			}
			top += 12;
		}
		double dy = top - extent.y();
		List<DrawnNode> groups = shapes.groups().stream().map(n -> moved(n, dx, dy)).toList();
		List<DrawnNode> nodes = shapes.nodes().stream().map(n -> moved(n, dx, dy)).toList();
		List<Connector> connectors = shapes.connectors().stream().map(c -> moved(c, dx, dy)).toList();
		double width = extent.width();
		double bottom = top + extent.height();
		Legend legend = null;
		if (options.legend()) {
			legend = new LegendBuilder(font).build(connectors, nodes, MARGIN, bottom + 18);
			if (legend != null) {
				width = Math.max(width, legend.bounds().width());
				bottom = legend.bounds().bottom();
			}
		}
		for (TextLine line : heading) {
			width = Math.max(width, line.width());
		}
		double canvasWidth = Math.ceil(width + 2 * MARGIN);
		heading = heading.stream().map(l -> new TextLine(l.text(), canvasWidth / 2, l.baseline(), l.fontSize(), l.anchor(), l.width())).toList();
		return new Drawing(FrameworkDescription.title(framework), FrameworkDescription.of(framework), canvasWidth,
				Math.ceil(bottom + MARGIN), options.style(), heading, groups, connectors, nodes, legend);
	}

	/** The box holding every shape, text and label. */
	private static Box extent(DrawingAssembler.Shapes shapes) {
		Box extent = null;
		for (DrawnNode node : concat(shapes.groups(), shapes.nodes())) {
			extent = extent == null ? node.bounds() : extent.union(node.bounds());
		}
		for (Connector connector : shapes.connectors()) {
			for (Point point : connector.route()) {
				Box dot = new Box(point.x(), point.y(), 0, 0);
				extent = extent == null ? dot : extent.union(dot);
			}
			if (connector.label() != null) {
				extent = extent == null ? connector.label().bounds() : extent.union(connector.label().bounds());
			}
		}
		return extent == null ? new Box(0, 0, 0, 0) : extent;
	}

	private static List<DrawnNode> concat(List<DrawnNode> a, List<DrawnNode> b) {
		List<DrawnNode> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static DrawnNode moved(DrawnNode node, double dx, double dy) {
		return new DrawnNode(node.id(), node.kind(), node.name(), node.description(), node.bounds().moved(dx, dy),
				node.text().stream().map(t -> moved(t, dx, dy)).toList());
	}

	private static Connector moved(Connector connector, double dx, double dy) {
		EdgeLabel label = connector.label();
		return new Connector(connector.id(), connector.kind(), connector.sourceId(), connector.targetId(),
				connector.route().stream().map(p -> p.plus(dx, dy)).toList(), connector.hypotheses(), connector.description(),
				label == null ? null : new EdgeLabel(label.text(), label.bounds().moved(dx, dy), moved(label.line(), dx, dy)));
	}

	private static TextLine moved(TextLine line, double dx, double dy) {
		return new TextLine(line.text(), line.x() + dx, line.baseline() + dy, line.fontSize(), line.anchor(), line.width());
	}

}
