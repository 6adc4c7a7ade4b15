package org.framewright.diagram.layout;

import static org.framewright.diagram.layout.DiagramMetrics.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.layout.FrameworkGraph.NodeText;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.diagram.text.TextWrapper;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.model.Group;
import org.framewright.model.Item;
import org.framewright.model.Moderation;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * Turns a framework into an ELK graph: a node per construct (sized to hold its wrapped title inside an ellipse)
 * and per control, a container per group, an edge per structural path with its hypothesis label, a moderator's
 * edge to a point splitting the path it moderates, and dashed control edges. With the measurement model, the room
 * for a construct's row of items is reserved as an outside label above it, so the layout keeps it clear.
 */
final class FrameworkGraphBuilder {

	private final DiagramFont font;
	private final TextWrapper wrapper;
	private final DiagramOptions options;

	FrameworkGraphBuilder(DiagramFont font, DiagramOptions options) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
		this.options = options;
	}

	FrameworkGraph build(Framework framework, StructuralModel structure) {
		FrameworkGraph graph = new FrameworkGraph(ElkGraphUtil.createGraph());
		Map<Construct, ElkNode> parents = addGroups(framework, graph);
		for (Construct construct : framework.getConstructs()) {
			addConstruct(construct, parents.getOrDefault(construct, graph.root), graph);
		}
		for (Control control : framework.getControls()) {
			addControl(control, graph);
		}
		for (Construct construct : framework.getConstructs()) {
			for (Construct dimension : construct.getDimensions()) {
				if (graph.constructs.containsKey(dimension) && dimension != construct) {
					ElkEdge edge = edge(graph.constructs.get(dimension), graph.constructs.get(construct));
					graph.dimensionEdges.add(new FrameworkGraph.DimensionEdge(construct, dimension, edge));
				}
			}
		}
		Map<Path, FrameworkGraph.PathEdges> pathEdges = new LinkedHashMap<>();
		for (Path path : structure.getPaths()) {
			FrameworkGraph.PathEdges edges = addPath(path, graph);
			pathEdges.put(path, edges);
			graph.paths.add(edges);
		}
		for (Path path : structure.getPaths()) {
			for (Moderation moderation : moderationsOf(path)) {
				ElkNode moderator = graph.constructs.get(moderation.getModerator());
				FrameworkGraph.PathEdges target = pathEdges.get(path);
				if (moderator != null && target.moderationPoint() != null) {
					ElkEdge edge = edge(moderator, target.moderationPoint());
					label(edge, HypothesisLabels.of(moderation, options.annotations()));
					graph.moderations.add(new FrameworkGraph.ModerationEdge(moderation, edge, target));
				}
			}
		}
		for (Control control : framework.getControls()) {
			for (Construct outcome : structure.getControlledOutcomes(control)) {
				if (graph.constructs.containsKey(outcome)) {
					graph.controlEdges.add(new FrameworkGraph.ControlEdge(control, outcome,
							edge(graph.controls.get(control), graph.constructs.get(outcome))));
				}
			}
		}
		return graph;
	}

	/** The group containers; a construct named by several groups goes into the first. */
	private Map<Construct, ElkNode> addGroups(Framework framework, FrameworkGraph graph) {
		Map<Construct, ElkNode> parents = new LinkedHashMap<>();
		for (Group group : framework.getGroups()) {
			ElkNode node = ElkGraphUtil.createNode(graph.root);
			NodeText title = NodeText.uniform(wrapper.wrap(titleOf(group.getTitle(), group.getName()), GROUP_FONT, 220), GROUP_FONT);
			graph.texts.put(node, title);
			double titleHeight = title.lines().size() * font.lineHeight(GROUP_FONT);
			node.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_PADDING + titleHeight + 6, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING));
			node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
			graph.groups.put(group, node);
			for (Construct member : group.getMembers()) {
				if (member != null && !member.eIsProxy()) {
					parents.putIfAbsent(member, node);
				}
			}
		}
		if (!graph.groups.isEmpty()) {
			graph.root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		}
		return parents;
	}

	private void addConstruct(Construct construct, ElkNode parent, FrameworkGraph graph) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		List<String> lines = new ArrayList<>(wrapper.wrap(titleOf(construct.getTitle(), construct.getName()), CONSTRUCT_FONT, CONSTRUCT_TEXT_WIDTH));
		List<Double> sizes = new ArrayList<>(lines.stream().map(l -> CONSTRUCT_FONT).toList());
		if (construct.getTitle() != null && !construct.getTitle().isBlank() && !construct.getTitle().equals(construct.getName())) {
			lines.add("(" + construct.getName() + ")");
			sizes.add(CONSTRUCT_NAME_FONT);
		}
		NodeText text = new NodeText(lines, sizes);
		graph.texts.put(node, text);
		// An ellipse with semi-axes w/sqrt(2) and h/sqrt(2) holds a w x h rectangle at its centre.
		node.setDimensions(Math.max(CONSTRUCT_MIN_WIDTH, Math.ceil(widest(text) * Math.sqrt(2) + 10)),
				Math.max(CONSTRUCT_MIN_HEIGHT, Math.ceil(height(text) * Math.sqrt(2) + 6)));
		if (options.items() && !construct.getItems().isEmpty()) {
			// ELK ignores labels without text; the item codes name the room the row takes.
			ElkLabel row = ElkGraphUtil.createLabel(String.join(" ", construct.getItems().stream().map(Item::getName).toList()), node);
			row.setDimensions(itemRowWidth(construct), ITEM_HEIGHT + ITEM_ARROW_ROOM);
			row.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.outsideTopCenter());
			node.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.outsideTopCenter());
			graph.itemRows.put(construct, row);
		}
		graph.constructs.put(construct, node);
	}

	private void addControl(Control control, FrameworkGraph graph) {
		ElkNode node = ElkGraphUtil.createNode(graph.root);
		List<String> lines = wrapper.wrap(titleOf(control.getTitle(), control.getName()), CONTROL_FONT, CONTROL_TEXT_WIDTH);
		NodeText text = NodeText.uniform(lines, CONTROL_FONT);
		graph.texts.put(node, text);
		node.setDimensions(Math.ceil(widest(text) + 2 * CONTROL_PADDING), Math.ceil(height(text) + 2 * CONTROL_PADDING));
		graph.controls.put(control, node);
	}

	private FrameworkGraph.PathEdges addPath(Path path, FrameworkGraph graph) {
		ElkNode cause = graph.constructs.get(path.getCause());
		ElkNode effect = graph.constructs.get(path.getEffect());
		String label = HypothesisLabels.ofPath(path, options.annotations());
		if (moderationsOf(path).isEmpty()) {
			ElkEdge edge = edge(cause, effect);
			label(edge, label);
			return new FrameworkGraph.PathEdges(path, edge, null, null);
		}
		ElkNode point = ElkGraphUtil.createNode(commonParent(cause, effect));
		point.setDimensions(MODERATION_POINT, MODERATION_POINT);
		ElkEdge first = edge(cause, point);
		label(first, label);
		return new FrameworkGraph.PathEdges(path, first, edge(point, effect), point);
	}

	/** The width of a construct's row of items. */
	double itemRowWidth(Construct construct) {
		double width = 0;
		for (Item item : construct.getItems()) {
			width += itemWidth(item) + ITEM_GAP;
		}
		return Math.max(0, width - ITEM_GAP);
	}

	double itemWidth(Item item) {
		return Math.max(ITEM_MIN_WIDTH, Math.ceil(font.width(item.getName(), ITEM_FONT) + 2 * ITEM_PADDING));
	}

	private static List<Moderation> moderationsOf(Path path) {
		return path.getImpliedBy().stream().filter(Moderation.class::isInstance).map(Moderation.class::cast).toList();
	}

	private void label(ElkEdge edge, String text) {
		if (!text.isEmpty()) {
			ElkLabel label = ElkGraphUtil.createLabel(text, edge);
			label.setDimensions(Math.ceil(font.width(text, LABEL_FONT) + 2 * LABEL_PADDING),
					Math.ceil(font.lineHeight(LABEL_FONT) + 2 * LABEL_PADDING));
		}
	}

	private static ElkEdge edge(ElkNode source, ElkNode target) {
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
		ElkGraphUtil.updateContainment(edge);
		return edge;
	}

	private static ElkNode commonParent(ElkNode a, ElkNode b) {
		return a.getParent() == b.getParent() ? a.getParent() : rootOf(a);
	}

	private static ElkNode rootOf(ElkNode node) {
		ElkNode root = node;
		while (root.getParent() != null) {
			root = root.getParent();
		}
		return root;
	}

	private double widest(NodeText text) {
		double widest = 0;
		for (int i = 0; i < text.lines().size(); i++) {
			widest = Math.max(widest, font.width(text.lines().get(i), text.sizes().get(i)));
		}
		return widest;
	}

	private double height(NodeText text) {
		double height = 0;
		for (int i = 0; i < text.lines().size(); i++) {
			height += font.lineHeight(text.sizes().get(i));
		}
		return height;
	}

	static String titleOf(String title, String name) {
		return title == null || title.isBlank() ? name : title;
	}
}
