package org.framewright.ui.diagram;

import java.util.List;
import java.util.Optional;

import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;

/** What lies under a point of a drawing: a node (topmost first), else an arrow or its label, else a group. */
final class DiagramHits {

	/** How far from an arrow's line a click still takes the arrow, in drawing pixels. */
	static final double TOLERANCE = 5;

	private DiagramHits() {
	}

	/** The id of the node or connector at the point, if any. */
	static Optional<String> at(Drawing drawing, Point point) {
		List<DrawnNode> nodes = drawing.nodes();
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (inside(nodes.get(i), point)) {
				return Optional.of(nodes.get(i).id());
			}
		}
		for (Connector connector : drawing.connectors()) {
			if (connector.label() != null && connector.label().bounds().contains(point)) {
				return Optional.of(connector.id());
			}
		}
		Connector nearest = null;
		double best = TOLERANCE;
		for (Connector connector : drawing.connectors()) {
			double distance = distance(connector.route(), point);
			if (distance <= best) {
				best = distance;
				nearest = connector;
			}
		}
		if (nearest != null) {
			return Optional.of(nearest.id());
		}
		for (DrawnNode group : drawing.groups()) {
			if (group.bounds().contains(point)) {
				return Optional.of(group.id());
			}
		}
		return Optional.empty();
	}

	private static boolean inside(DrawnNode node, Point point) {
		if (node.kind() != NodeKind.CONSTRUCT) {
			return node.bounds().contains(point);
		}
		Point centre = node.bounds().center();
		double dx = (point.x() - centre.x()) / (node.bounds().width() / 2);
		double dy = (point.y() - centre.y()) / (node.bounds().height() / 2);
		return dx * dx + dy * dy <= 1;
	}

	static double distance(List<Point> polyline, Point point) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i + 1 < polyline.size(); i++) {
			best = Math.min(best, segmentDistance(polyline.get(i), polyline.get(i + 1), point));
		}
		return best;
	}

	private static double segmentDistance(Point a, Point b, Point p) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared));
		return p.distanceTo(new Point(a.x() + t * dx, a.y() + t * dy));
	}
}
