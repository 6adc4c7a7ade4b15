package org.framewright.diagram.layout;

import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Point;

/**
 * Where an arrow meets a construct's ellipse. ELK ends edges on a node's bounding box; an arrow of a path diagram
 * ends on the ellipse, pointing at its centre. The point is where the line from a point outside the ellipse to
 * its centre crosses its outline.
 */
final class EllipseClipping {

	private EllipseClipping() {
	}

	/**
	 * The point where the line from {@code outside} towards the centre of the ellipse inscribed in {@code box}
	 * crosses the ellipse; {@code outside} itself if it lies inside the ellipse.
	 */
	static Point towards(Box box, Point outside) {
		Point centre = box.center();
		double a = box.width() / 2;
		double b = box.height() / 2;
		double dx = outside.x() - centre.x();
		double dy = outside.y() - centre.y();
		double reach = Math.sqrt((dx / a) * (dx / a) + (dy / b) * (dy / b));
		if (reach <= 1) {
			return outside;
		}
		return new Point(centre.x() + dx / reach, centre.y() + dy / reach);
	}
}
