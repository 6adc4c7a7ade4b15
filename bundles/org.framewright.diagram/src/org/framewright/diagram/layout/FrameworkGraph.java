package org.framewright.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Group;
import org.framewright.model.Moderation;
import org.framewright.model.structure.Path;

/**
 * A framework as an ELK graph, with the way back from each ELK element to the model element it stands for. Made
 * by {@link FrameworkGraphBuilder}, laid out by ELK, read back by {@link DrawingAssembler}.
 */
final class FrameworkGraph {

	/** The text a node shows: lines, each with its font size. */
	record NodeText(List<String> lines, List<Double> sizes) {

		static NodeText uniform(List<String> lines, double size) {
			return new NodeText(lines, lines.stream().map(line -> size).toList());
		}
	}

	/**
	 * The arrow of a structural path. A moderated path is split at a point of its own (a tiny node) so that the
	 * moderator's arrow can end on it: then {@code second} and {@code moderationPoint} are set.
	 */
	record PathEdges(Path path, ElkEdge first, ElkEdge second, ElkNode moderationPoint) {
	}

	/** A moderator's arrow to the moderation point of the path it moderates. */
	record ModerationEdge(Moderation moderation, ElkEdge edge, PathEdges target) {
	}

	/** A control's arrow to one outcome it controls. */
	record ControlEdge(Control control, Construct outcome, ElkEdge edge) {
	}

	/** The arrow between a higher-order construct and one of its dimensions (laid out from dimension to whole). */
	record DimensionEdge(Construct whole, Construct dimension, ElkEdge edge) {
	}

	final ElkNode root;
	final Map<Construct, ElkNode> constructs = new LinkedHashMap<>();
	final Map<Control, ElkNode> controls = new LinkedHashMap<>();
	final Map<Group, ElkNode> groups = new LinkedHashMap<>();
	final Map<ElkNode, NodeText> texts = new LinkedHashMap<>();
	/** The space reserved above a construct for its items, when the measurement model is drawn. */
	final Map<Construct, ElkLabel> itemRows = new LinkedHashMap<>();
	final List<PathEdges> paths = new ArrayList<>();
	final List<ModerationEdge> moderations = new ArrayList<>();
	final List<ControlEdge> controlEdges = new ArrayList<>();
	final List<DimensionEdge> dimensionEdges = new ArrayList<>();

	FrameworkGraph(ElkNode root) {
		this.root = root;
	}
}
