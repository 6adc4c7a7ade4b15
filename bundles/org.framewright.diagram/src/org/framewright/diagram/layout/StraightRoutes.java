package org.framewright.diagram.layout;

import static org.framewright.diagram.layout.DiagramMetrics.LABEL_FONT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.EdgeLabel;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;

/**
 * Straightens arrows where the way is clear. ELK Layered routes every edge through its layers, which bends arrows
 * that a path diagram draws straight. An arrow is redrawn as one straight line from ellipse to ellipse, with its
 * label on the line, when that line and label cross no node, no other label and no group title; otherwise ELK's
 * route is kept. A moderated path is straightened only together with its moderators' arrows, which then end on
 * its exact midpoint.
 */
final class StraightRoutes {

	/** Room kept between a straightened arrow or label and any node, in pixels. */
	private static final double CLEARANCE = 4;
	/** Where along a moderated path its label sits, leaving the midpoint to the moderators' arrows. */
	private static final double MODERATED_LABEL_AT = 0.28;

	private final DiagramFont font;
	private final Map<String, DrawnNode> nodes = new LinkedHashMap<>();
	private final List<Box> titles = new ArrayList<>();

	StraightRoutes(DiagramFont font, List<DrawnNode> groups, List<DrawnNode> nodes) {
		this.font = font;
		nodes.forEach(n -> this.nodes.put(n.id(), n));
		for (DrawnNode group : groups) {
			for (TextLine title : group.text()) {
				titles.add(new Box(title.left(), title.baseline() - title.fontSize(), title.width(), title.fontSize() * 1.4));
			}
		}
	}

	List<Connector> straighten(List<Connector> connectors) {
		List<Connector> result = new ArrayList<>(connectors);
		for (int i = 0; i < result.size(); i++) {
			Connector connector = result.get(i);
			if (connector.kind() == ConnectorKind.HYPOTHESISED || connector.kind() == ConnectorKind.IMPLIED) {
				straightenPath(result, i);
			} else if (connector.kind() == ConnectorKind.CONTROL || connector.id().startsWith("dimension-")) {
				Connector straight = straight(connector, 0.5);
				if (clear(straight, result)) {
					result.set(i, straight);
				}
			}
		}
		return result;
	}

	private void straightenPath(List<Connector> connectors, int index) {
		Connector path = connectors.get(index);
		List<Integer> moderators = new ArrayList<>();
		for (int i = 0; i < connectors.size(); i++) {
			if (connectors.get(i).kind() == ConnectorKind.MODERATION && connectors.get(i).targetId().equals(path.id())) {
				moderators.add(i);
			}
		}
		Connector straight = straight(path, moderators.isEmpty() ? 0.5 : MODERATED_LABEL_AT);
		if (!moderators.isEmpty()) {
			Point middle = straight.midpoint();
			straight = new Connector(straight.id(), straight.kind(), straight.sourceId(), straight.targetId(),
					List.of(straight.route().get(0), middle, straight.tip()), straight.hypotheses(), straight.description(), straight.label());
		}
		List<Connector> trial = new ArrayList<>(connectors);
		trial.set(index, straight);
		if (!clear(straight, trial)) {
			return;
		}
		for (int moderator : moderators) {
			Connector moderation = moderation(connectors.get(moderator), straight.midpoint());
			trial.set(moderator, moderation);
			if (!clear(moderation, trial)) {
				return;
			}
		}
		connectors.clear();
		connectors.addAll(trial);
	}

	/** The connector as one straight line between its nodes, its label centred at the given fraction of the line. */
	private Connector straight(Connector connector, double labelAt) {
		Box source = nodes.get(connector.sourceId()).bounds();
		Box target = nodes.get(connector.targetId()).bounds();
		Point start = end(nodes.get(connector.sourceId()), target.center());
		Point tip = end(nodes.get(connector.targetId()), source.center());
		return new Connector(connector.id(), connector.kind(), connector.sourceId(), connector.targetId(), List.of(start, tip),
				connector.hypotheses(), connector.description(), label(connector.label(), start, tip, labelAt));
	}

	/** A moderator's arrow straight from its ellipse to the given point of the path it moderates. */
	private Connector moderation(Connector moderation, Point onPath) {
		Point start = EllipseClipping.towards(nodes.get(moderation.sourceId()).bounds(), onPath);
		return new Connector(moderation.id(), moderation.kind(), moderation.sourceId(), moderation.targetId(), List.of(start, onPath),
				moderation.hypotheses(), moderation.description(), label(moderation.label(), start, onPath, 0.5));
	}

	private static Point end(DrawnNode node, Point towards) {
		if (node.kind() == NodeKind.CONSTRUCT) {
			return EllipseClipping.towards(node.bounds(), towards);
		}
		return boxBoundary(node.bounds(), towards);
	}

	/** Where the line from the box's centre towards a point leaves the box. */
	private static Point boxBoundary(Box box, Point towards) {
		Point centre = box.center();
		double dx = towards.x() - centre.x();
		double dy = towards.y() - centre.y();
		double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
		return scale >= 1 ? towards : new Point(centre.x() + dx * scale, centre.y() + dy * scale);
	}

	private EdgeLabel label(EdgeLabel label, Point start, Point end, double at) {
		if (label == null) {
			return null;
		}
		Point centre = new Point(start.x() + (end.x() - start.x()) * at, start.y() + (end.y() - start.y()) * at);
		Box box = new Box(centre.x() - label.bounds().width() / 2, centre.y() - label.bounds().height() / 2, label.bounds().width(),
				label.bounds().height());
		double baseline = box.y() + (box.height() - font.lineHeight(LABEL_FONT)) / 2 + font.ascent(LABEL_FONT);
		TextLine line = label.line();
		return new EdgeLabel(label.text(), box, new TextLine(line.text(), centre.x(), baseline, line.fontSize(), line.anchor(), line.width()));
	}

	/** Whether the connector's line and label keep clear of every other node, label and group title. */
	private boolean clear(Connector connector, List<Connector> all) {
		for (DrawnNode node : nodes.values()) {
			boolean own = node.id().equals(connector.sourceId()) || node.id().equals(connector.targetId());
			Box box = inflate(node.bounds(), own ? -CLEARANCE : CLEARANCE);
			if (!own && crosses(connector.route(), box)) {
				return false;
			}
			if (connector.label() != null && connector.label().bounds().overlaps(inflate(node.bounds(), CLEARANCE))) {
				return false;
			}
		}
		for (Connector other : all) {
			if (other.id().equals(connector.id()) || other.label() == null) {
				continue;
			}
			if (crosses(connector.route(), other.label().bounds())
					|| connector.label() != null && connector.label().bounds().overlaps(inflate(other.label().bounds(), 2))) {
				return false;
			}
		}
		for (Box title : titles) {
			if (crosses(connector.route(), title) || connector.label() != null && connector.label().bounds().overlaps(title)) {
				return false;
			}
		}
		return true;
	}

	private static Box inflate(Box box, double by) {
		return new Box(box.x() - by, box.y() - by, box.width() + 2 * by, box.height() + 2 * by);
	}

	/** Whether any segment of the polyline passes through the box (Liang-Barsky clipping). */
	static boolean crosses(List<Point> polyline, Box box) {
		for (int i = 1; i < polyline.size(); i++) {
			if (crosses(polyline.get(i - 1), polyline.get(i), box)) {
				return true;
			}
		}
		return false;
	}

	private static boolean crosses(Point a, Point b, Box box) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { a.x() - box.x(), box.right() - a.x(), a.y() - box.y(), box.bottom() - a.y() };
		double enter = 0;
		double leave = 1;
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] < 0) {
					return false;
				}
			} else {
				double t = q[i] / p[i];
				if (p[i] < 0) {
					enter = Math.max(enter, t);
				} else {
					leave = Math.min(leave, t);
				}
			}
		}
		return enter < leave;
	}
}
