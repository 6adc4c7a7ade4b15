package org.framewright.diagram.scene;

import java.util.List;

/**
 * An arrow of a framework diagram, placed.
 *
 * @param id          unique in the drawing and stable across runs: "path-MO-AL", "moderation-H5",
 *                    "control-SIZE-IP", "measurement-MO-MO1"
 * @param kind        what the arrow stands for, which decides its line style
 * @param sourceId    the id of the node the arrow starts at
 * @param targetId    the id of the node the arrow points at; for a moderation, the id of the connector it moderates
 * @param route       the arrow's polyline from its start to the tip of its arrowhead (at least two points)
 * @param hypotheses  the identifiers of every hypothesis the arrow belongs to, in the order of the framework
 * @param description a sentence for screen readers, e.g. "Path MO to AL: H2 (positive), H4 (mediation)"
 * @param label       the arrow's label, or null if it has none
 */
public record Connector(String id, ConnectorKind kind, String sourceId, String targetId, List<Point> route, List<String> hypotheses,
		String description, EdgeLabel label) {

	/** The length of an arrowhead along the arrow, in pixels. */
	public static final double ARROW_LENGTH = 9;

	/** Half the width of an arrowhead at its base, in pixels. */
	public static final double ARROW_HALF_WIDTH = 4;

	public Connector {
		route = List.copyOf(route);
		hypotheses = List.copyOf(hypotheses);
		if (route.size() < 2) {
			throw new IllegalArgumentException("A connector needs at least two points: " + id);
		}
	}

	/** The tip of the arrowhead: the last point of the route. */
	public Point tip() {
		return route.get(route.size() - 1);
	}

	/** The arrowhead as a triangle: tip, then the two corners of its base. */
	public List<Point> arrowhead() {
		Point tip = tip();
		Point from = route.get(route.size() - 2);
		double length = tip.distanceTo(from);
		double ux = length == 0 ? 1 : (tip.x() - from.x()) / length;
		double uy = length == 0 ? 0 : (tip.y() - from.y()) / length;
		double baseX = tip.x() - ux * ARROW_LENGTH;
		double baseY = tip.y() - uy * ARROW_LENGTH;
		return List.of(tip, new Point(baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH),
				new Point(baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH));
	}

	/** The line to stroke: the route, ending at the base of the arrowhead so that the line does not blunt its tip. */
	public List<Point> line() {
		Point tip = tip();
		Point from = route.get(route.size() - 2);
		double length = tip.distanceTo(from);
		double cut = Math.min(ARROW_LENGTH * 0.8, length);
		double ratio = length == 0 ? 0 : (length - cut) / length;
		Point end = new Point(from.x() + (tip.x() - from.x()) * ratio, from.y() + (tip.y() - from.y()) * ratio);
		List<Point> points = new java.util.ArrayList<>(route.subList(0, route.size() - 1));
		points.add(end);
		return points;
	}

	/** The point halfway along the route, measured along its length. */
	public Point midpoint() {
		double total = 0;
		for (int i = 1; i < route.size(); i++) {
			total += route.get(i - 1).distanceTo(route.get(i));
		}
		double remaining = total / 2;
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			double segment = a.distanceTo(b);
			if (segment >= remaining && segment > 0) {
				double t = remaining / segment;
				return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
			}
			remaining -= segment;
		}
		return tip();
	}
}
