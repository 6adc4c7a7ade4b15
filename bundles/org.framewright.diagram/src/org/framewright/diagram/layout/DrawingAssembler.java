package org.framewright.diagram.layout;

import static org.framewright.diagram.layout.DiagramMetrics.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.util.ElkUtil;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.layout.FrameworkGraph.NodeText;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.EdgeLabel;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextAnchor;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Construct;
import org.framewright.model.ConstructKind;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;

/**
 * Reads a laid-out framework graph back into the shapes of a drawing, in ELK's coordinates: constructs as
 * ellipses with their text centred, arrows ending on the ellipses, a moderated path passing through the point its
 * moderators' arrows end on, and each construct's items in the row the layout kept free above it.
 */
final class DrawingAssembler {

	/** The shapes of a laid-out graph, before the title and legend are placed around them. */
	record Shapes(List<DrawnNode> groups, List<Connector> connectors, List<DrawnNode> nodes) {
	}

	private final DiagramFont font;
	private final DiagramOptions options;
	private final FrameworkGraph graph;
	private final FrameworkGraphBuilder sizes;
	private final Map<ElkNode, Box> boxes = new LinkedHashMap<>();

	DrawingAssembler(DiagramFont font, DiagramOptions options, FrameworkGraph graph, FrameworkGraphBuilder sizes) {
		this.font = font;
		this.options = options;
		this.graph = graph;
		this.sizes = sizes;
	}

	Shapes assemble() {
		List<DrawnNode> groups = new ArrayList<>();
		graph.groups.forEach((group, node) -> groups.add(group(group.getName(), group.getTitle(), node)));
		List<DrawnNode> nodes = new ArrayList<>();
		List<Connector> connectors = new ArrayList<>();
		graph.constructs.forEach((construct, node) -> nodes.add(construct(construct, node)));
		graph.controls.forEach((control, node) -> nodes.add(new DrawnNode("control-" + control.getName(), NodeKind.CONTROL,
				control.getName(), "Control " + control.getName() + ": " + FrameworkGraphBuilder.titleOf(control.getTitle(), control.getName()),
				box(node), centredText(graph.texts.get(node), box(node)))));
		for (FrameworkGraph.DimensionEdge dimension : graph.dimensionEdges) {
			connectors.add(dimension(dimension));
		}
		Map<FrameworkGraph.PathEdges, Connector> paths = new LinkedHashMap<>();
		for (FrameworkGraph.PathEdges path : graph.paths) {
			Connector connector = path(path);
			paths.put(path, connector);
			connectors.add(connector);
		}
		for (FrameworkGraph.ModerationEdge moderation : graph.moderations) {
			connectors.add(moderation(moderation, paths.get(moderation.target())));
		}
		for (FrameworkGraph.ControlEdge control : graph.controlEdges) {
			List<Point> route = route(control.edge());
			clipEnd(route, box(graph.constructs.get(control.outcome())));
			connectors.add(new Connector("control-" + control.control().getName() + "-" + control.outcome().getName(), ConnectorKind.CONTROL,
					"control-" + control.control().getName(), constructId(control.outcome()), route, List.of(),
					"Control " + control.control().getName() + " on " + control.outcome().getName(), null));
		}
		graph.itemRows.forEach((construct, row) -> addItems(construct, row, nodes, connectors));
		return new Shapes(groups, new StraightRoutes(font, groups, nodes).straighten(connectors), nodes);
	}

	private DrawnNode construct(Construct construct, ElkNode node) {
		Box box = box(node);
		return new DrawnNode(constructId(construct), NodeKind.CONSTRUCT, construct.getName(),
				"Construct " + FrameworkDescription.construct(construct) + (construct.isHigherOrder() ? ", higher-order" : "")
						+ (construct.getKind() == ConstructKind.FORMATIVE ? ", formative" : ""),
				box, centredText(graph.texts.get(node), box));
	}

	private DrawnNode group(String name, String title, ElkNode node) {
		Box box = box(node);
		NodeText text = graph.texts.get(node);
		List<TextLine> lines = new ArrayList<>();
		double top = box.y() + GROUP_PADDING / 2 + 2;
		for (String line : text.lines()) {
			lines.add(new TextLine(line, box.x() + GROUP_PADDING, top + font.ascent(GROUP_FONT), GROUP_FONT, TextAnchor.START,
					font.width(line, GROUP_FONT)));
			top += font.lineHeight(GROUP_FONT);
		}
		return new DrawnNode("group-" + name, NodeKind.GROUP, name, "Group " + FrameworkGraphBuilder.titleOf(title, name), box, lines);
	}

	private Connector path(FrameworkGraph.PathEdges edges) {
		List<Point> route = route(edges.first());
		if (edges.moderationPoint() != null) {
			route.set(route.size() - 1, box(edges.moderationPoint()).center());
			List<Point> rest = route(edges.second());
			route.addAll(rest.subList(1, rest.size()));
		}
		clipStart(route, box(graph.constructs.get(edges.path().getCause())));
		clipEnd(route, box(graph.constructs.get(edges.path().getEffect())));
		List<Hypothesis> hypotheses = HypothesisLabels.onPath(edges.path());
		Construct cause = edges.path().getCause();
		Construct effect = edges.path().getEffect();
		String description = "Path " + cause.getName() + " \u2192 " + effect.getName()
				+ (hypotheses.isEmpty() ? "" : ": " + String.join("; ", hypotheses.stream().map(FrameworkDescription::of).toList()))
				+ (edges.path().isStated() ? "" : " No hypothesis states this path.");
		return new Connector("path-" + cause.getName() + "-" + effect.getName(),
				edges.path().isStated() ? ConnectorKind.HYPOTHESISED : ConnectorKind.IMPLIED, constructId(cause), constructId(effect), route,
				hypotheses.stream().map(Hypothesis::getName).toList(), description, label(edges.first()));
	}

	private Connector moderation(FrameworkGraph.ModerationEdge edge, Connector target) {
		List<Point> route = route(edge.edge());
		route.set(route.size() - 1, box(edge.target().moderationPoint()).center());
		clipStart(route, box(graph.constructs.get(edge.moderation().getModerator())));
		return new Connector("moderation-" + edge.moderation().getName(), ConnectorKind.MODERATION,
				constructId(edge.moderation().getModerator()), target.id(), route, List.of(edge.moderation().getName()),
				FrameworkDescription.of(edge.moderation()), label(edge.edge()));
	}

	private Connector dimension(FrameworkGraph.DimensionEdge edge) {
		List<Point> route = route(edge.edge());
		clipStart(route, box(graph.constructs.get(edge.dimension())));
		clipEnd(route, box(graph.constructs.get(edge.whole())));
		boolean reflective = edge.whole().getKind() == ConstructKind.REFLECTIVE;
		if (reflective) {
			Collections.reverse(route);
		}
		String whole = edge.whole().getName();
		String dimension = edge.dimension().getName();
		return new Connector("dimension-" + whole + "-" + dimension, ConnectorKind.MEASUREMENT,
				constructId(reflective ? edge.whole() : edge.dimension()), constructId(reflective ? edge.dimension() : edge.whole()), route,
				List.of(), dimension + " is a dimension of the higher-order construct " + whole, null);
	}

	/** The construct's items as a row of boxes in the room reserved above it, with their measurement arrows. */
	private void addItems(Construct construct, ElkLabel row, List<DrawnNode> nodes, List<Connector> connectors) {
		Box ellipse = box(graph.constructs.get(construct));
		KVector origin = ElkUtil.absolutePosition(row.getParent());
		double x = origin.x + row.getX() + (row.getWidth() - sizes.itemRowWidth(construct)) / 2;
		double y = origin.y + row.getY();
		boolean reflective = construct.getKind() == ConstructKind.REFLECTIVE;
		for (Item item : construct.getItems()) {
			double width = sizes.itemWidth(item);
			Box box = new Box(x, y, width, ITEM_HEIGHT);
			nodes.add(new DrawnNode("item-" + item.getName(), NodeKind.ITEM, item.getName(),
					"Item " + item.getName() + (item.isReversed() ? " (reverse-coded)" : "") + ": " + item.getWording(), box,
					List.of(new TextLine(item.getName(), box.center().x(), box.y() + (ITEM_HEIGHT - font.lineHeight(ITEM_FONT)) / 2
							+ font.ascent(ITEM_FONT), ITEM_FONT, TextAnchor.MIDDLE, font.width(item.getName(), ITEM_FONT)))));
			Point itemEnd = new Point(box.center().x(), box.bottom());
			Point constructEnd = EllipseClipping.towards(ellipse, itemEnd);
			connectors.add(new Connector("measurement-" + construct.getName() + "-" + item.getName(), ConnectorKind.MEASUREMENT,
					reflective ? constructId(construct) : "item-" + item.getName(), reflective ? "item-" + item.getName() : constructId(construct),
					reflective ? List.of(constructEnd, itemEnd) : List.of(itemEnd, constructEnd), List.of(),
					reflective ? construct.getName() + " is measured by " + item.getName() : item.getName() + " forms " + construct.getName(), null));
			x += width + ITEM_GAP;
		}
	}

	private List<TextLine> centredText(NodeText text, Box box) {
		double height = 0;
		for (double size : text.sizes()) {
			height += font.lineHeight(size);
		}
		double top = box.center().y() - height / 2;
		List<TextLine> lines = new ArrayList<>();
		for (int i = 0; i < text.lines().size(); i++) {
			double size = text.sizes().get(i);
			String line = text.lines().get(i);
			lines.add(new TextLine(line, box.center().x(), top + font.ascent(size), size, TextAnchor.MIDDLE, font.width(line, size)));
			top += font.lineHeight(size);
		}
		return lines;
	}

	private EdgeLabel label(ElkEdge edge) {
		if (edge.getLabels().isEmpty()) {
			return null;
		}
		ElkLabel label = edge.getLabels().get(0);
		KVector origin = containerOrigin(edge);
		Box box = new Box(origin.x + label.getX(), origin.y + label.getY(), label.getWidth(), label.getHeight());
		double baseline = box.y() + (box.height() - font.lineHeight(LABEL_FONT)) / 2 + font.ascent(LABEL_FONT);
		return new EdgeLabel(label.getText(), box,
				new TextLine(label.getText(), box.center().x(), baseline, LABEL_FONT, TextAnchor.MIDDLE, font.width(label.getText(), LABEL_FONT)));
	}

	/** The edge's points in absolute coordinates: its start, bend points and end. */
	private static List<Point> route(ElkEdge edge) {
		KVector origin = containerOrigin(edge);
		ElkEdgeSection section = edge.getSections().get(0);
		List<Point> points = new ArrayList<>();
		points.add(new Point(origin.x + section.getStartX(), origin.y + section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(new Point(origin.x + bend.getX(), origin.y + bend.getY()));
		}
		points.add(new Point(origin.x + section.getEndX(), origin.y + section.getEndY()));
		return points;
	}

	private static KVector containerOrigin(ElkEdge edge) {
		ElkNode container = edge.getContainingNode();
		return container == null || container.getParent() == null ? new KVector() : ElkUtil.absolutePosition(container);
	}

	private Box box(ElkNode node) {
		return boxes.computeIfAbsent(node, n -> {
			KVector position = n.getParent() == null ? new KVector() : ElkUtil.absolutePosition(n);
			return new Box(position.x, position.y, n.getWidth(), n.getHeight());
		});
	}

	private static void clipStart(List<Point> route, Box ellipse) {
		route.set(0, EllipseClipping.towards(ellipse, route.get(1)));
	}

	private static void clipEnd(List<Point> route, Box ellipse) {
		route.set(route.size() - 1, EllipseClipping.towards(ellipse, route.get(route.size() - 2)));
	}

	static String constructId(Construct construct) {
		return "construct-" + construct.getName();
	}
}
