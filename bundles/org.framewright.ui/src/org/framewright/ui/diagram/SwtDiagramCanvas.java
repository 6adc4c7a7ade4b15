package org.framewright.ui.diagram;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.framewright.diagram.render.Canvas;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;

/**
 * Draws a framework diagram on an SWT graphics context, shape by shape as the exported figures are drawn (the
 * same {@link org.framewright.diagram.render.DrawingPainter}), so what the view shows is what the SVG, PNG and PDF
 * show. Coordinates are the drawing's; the caller's transform zooms and scrolls.
 */
final class SwtDiagramCanvas implements Canvas, AutoCloseable {

	private final GC gc;

	private final Map<Double, Font> fonts = new HashMap<>();

	private final double pointsPerPixel;

	SwtDiagramCanvas(GC gc) {
		this.gc = gc;
		this.pointsPerPixel = 72.0 / gc.getDevice().getDPI().y;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	@Override
	public void shape(Shape shape, String fill, Pen pen) {
		Path path = path(shape);
		try {
			if (fill != null) {
				gc.setBackground(colour(fill));
				gc.fillPath(path);
			}
			if (pen != null) {
				gc.setForeground(colour(pen.colour()));
				float[] dashes = null;
				if (pen.dashes().length > 0) {
					dashes = new float[pen.dashes().length];
					for (int i = 0; i < dashes.length; i++) {
						dashes[i] = (float) pen.dashes()[i];
					}
				}
				gc.setLineAttributes(new LineAttributes((float) pen.width(), SWT.CAP_FLAT, SWT.JOIN_MITER,
						dashes == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dashes, 0, 10));
				gc.drawPath(path);
			}
		} finally {
			path.dispose();
		}
	}

	@Override
	public void text(TextLine line, String colour) {
		gc.setFont(fontOf(line.fontSize()));
		gc.setForeground(colour(colour));
		int ascent = gc.getFontMetrics().getAscent();
		gc.drawString(line.text(), (int) Math.round(line.left()), (int) Math.round(line.baseline()) - ascent, true);
	}

	private Font fontOf(double pixels) {
		return fonts.computeIfAbsent(pixels, size -> new Font(gc.getDevice(), DiagramFont.FAMILY, Math.max(1, (int) Math.round(size * pointsPerPixel)),
				SWT.NORMAL));
	}

	private Path path(Shape shape) {
		Path path = new Path(gc.getDevice());
		double[] c = new double[6];
		for (PathIterator segments = shape.getPathIterator(null); !segments.isDone(); segments.next()) {
			switch (segments.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> path.moveTo((float) c[0], (float) c[1]);
				case PathIterator.SEG_LINETO -> path.lineTo((float) c[0], (float) c[1]);
				case PathIterator.SEG_QUADTO -> path.quadTo((float) c[0], (float) c[1], (float) c[2], (float) c[3]);
				case PathIterator.SEG_CUBICTO -> path.cubicTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
				case PathIterator.SEG_CLOSE -> path.close();
				default -> throw new IllegalStateException("unknown path segment");
			}
		}
		return path;
	}

	private static Color colour(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return new Color(Display.getCurrent(), new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
	}

	@Override
	public void close() {
		fonts.values().forEach(Font::dispose);
	}
}
