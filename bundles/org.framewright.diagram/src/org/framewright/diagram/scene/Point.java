package org.framewright.diagram.scene;

/** A point of a drawing, in pixels (1/96 inch), x to the right and y downwards from the drawing's top-left corner. */
public record Point(double x, double y) {

	public Point plus(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}

	public double distanceTo(Point other) {
		return Math.hypot(other.x - x, other.y - y);
	}
}
