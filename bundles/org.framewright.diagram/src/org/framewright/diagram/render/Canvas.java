package org.framewright.diagram.render;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextLine;

/**
 * The drawing primitives a framework diagram is made of; {@link DrawingPainter} decides what to draw with them.
 * Every shape becomes a Java2D {@link Shape} here, so a target (PNG, PDF) implements only how a shape is filled
 * and outlined and how text is written. Coordinates are the drawing's pixels (1/96 inch, y downwards), colours
 * are "#rrggbb"; a null fill or a null pen draws no fill or no outline.
 */
public interface Canvas {

	/** How a line is drawn: its colour, its width in pixels and its dash pattern (empty if solid, not copied). */
	record Pen(String colour, double width, double[] dashes) {
	}

	/** Fills the shape, then outlines it; the shape is made of straight lines and cubic Bézier curves only. */
	void shape(Shape shape, String fill, Pen pen);

	/** A line of text in the diagram's font, starting at {@link TextLine#left()} on its baseline. */
	void text(TextLine line, String colour);

	/** A rectangle, with rounded corners of the given radius (0 for square corners). */
	default void rectangle(Box box, double cornerRadius, String fill, Pen pen) {
		shape(cornerRadius > 0
				? new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 2 * cornerRadius, 2 * cornerRadius)
				: new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()), fill, pen);
	}

	/** The ellipse inscribed in the box. */
	default void ellipse(Box box, String fill, Pen pen) {
		shape(new Ellipse2D.Double(box.x(), box.y(), box.width(), box.height()), fill, pen);
	}

	/** An open line through the points, in order. */
	default void polyline(List<Point> points, Pen pen) {
		shape(path(points, false), null, pen);
	}

	/** The closed polygon through the points, filled without an outline. */
	default void polygon(List<Point> points, String fill) {
		shape(path(points, true), fill, null);
	}

	/** The colour of a "#rrggbb" string. */
	static Color colour(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("not a colour of the form #rrggbb: " + hex);
		}
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}

	private static Path2D path(List<Point> points, boolean closed) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points.get(0).x(), points.get(0).y());
		for (Point point : points.subList(1, points.size())) {
			path.lineTo(point.x(), point.y());
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}
}
