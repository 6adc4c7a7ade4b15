package org.framewright.diagram.scene;

/** An axis-parallel rectangle of a drawing, in pixels: its top-left corner and its size. */
public record Box(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public Point center() {
		return new Point(x + width / 2, y + height / 2);
	}

	public Box moved(double dx, double dy) {
		return new Box(x + dx, y + dy, width, height);
	}

	/** Whether the two rectangles share an area (touching edges do not count). */
	public boolean overlaps(Box other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	public boolean contains(Point point) {
		return point.x() >= x && point.x() <= right() && point.y() >= y && point.y() <= bottom();
	}

	/** The smallest box holding both. */
	public Box union(Box other) {
		double left = Math.min(x, other.x);
		double top = Math.min(y, other.y);
		return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}
}
