package org.framewright.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * Lays a framework graph out with ELK Layered: antecedents on the left, outcomes on the right, hypothesis labels
 * placed by the layout itself (so they never cover a node), and the input order kept where it does not cost
 * crossings, so that the figure follows the order the researcher wrote. ELK is deterministic for a given graph
 * and options, so the same framework always gives the same figure.
 */
final class ElkLayout {

	private static boolean registered;

	/**
	 * Above this many nodes a framework is laid out with the faster node placement (Brandes-Koepf) and one pass of
	 * crossing minimisation: network simplex gives straighter arrows but takes seconds on a few hundred constructs.
	 */
	static final int LARGE_GRAPH_NODES = 60;

	/** ELK finds its algorithms through a registry that OSGi and plain classpaths fill differently: fill it here. */
	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	void layout(ElkNode root) {
		register();
		boolean hierarchical = root.getChildren().stream().anyMatch(child -> !child.getChildren().isEmpty());
		int nodes = root.getChildren().size() + root.getChildren().stream().mapToInt(child -> child.getChildren().size()).sum();
		boolean large = nodes > LARGE_GRAPH_NODES;
		configure(root, hierarchical, large);
		root.getChildren().forEach(child -> configure(child, hierarchical, large));
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}

	private static void configure(ElkNode node, boolean hierarchical, boolean large) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		// Straight segments read as the arrows of a path diagram; orthogonal routing reads as a flowchart.
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		node.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		node.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
		node.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
		node.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
		node.setProperty(CoreOptions.SPACING_LABEL_NODE, 6.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
		node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		if (!hierarchical) {
			// ELK 0.12.1 fails on model order across hierarchy levels (a null in ModelOrderNodeComparator).
			node.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		}
		node.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, large ? NodePlacementStrategy.BRANDES_KOEPF : NodePlacementStrategy.NETWORK_SIMPLEX);
		if (large) {
			node.setProperty(LayeredOptions.THOROUGHNESS, 1);
		}
		node.setProperty(CoreOptions.RANDOM_SEED, 1);
	}
}
