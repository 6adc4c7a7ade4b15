package org.framewright.ui.diagram;

import java.util.Map;
import java.util.Set;

import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.RGB;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;

/**
 * What the view draws over and under the figure: a red or amber halo under shapes with errors or warnings, and a
 * blue outline around the shapes of the editor's selection (and the palette's pending source).
 */
final class DiagramDecorations {

	private static final RGB ERROR = new RGB(220, 50, 47);
	private static final RGB WARNING = new RGB(230, 160, 0);
	private static final RGB SELECTION = new RGB(0, 110, 220);

	private final GC gc;

	private final Drawing drawing;

	DiagramDecorations(GC gc, Drawing drawing) {
		this.gc = gc;
		this.drawing = drawing;
	}

	/** Halos under the problem shapes; drawn before the figure so the figure stays readable. */
	void problems(Map<String, DiagnosticSeverity> problems) {
		problems.forEach((id, severity) -> mark(id, severity == DiagnosticSeverity.Error ? ERROR : WARNING, 7, 110));
	}

	/** Outlines around the highlighted shapes; drawn after the figure. */
	void highlight(Set<String> ids, String pending) {
		ids.forEach(id -> mark(id, SELECTION, 3, 255));
		if (pending != null) {
			mark(pending, SELECTION, 5, 160);
		}
	}

	private void mark(String id, RGB rgb, float width, int alpha) {
		Color colour = new Color(gc.getDevice(), rgb);
		gc.setForeground(colour);
		gc.setAlpha(alpha);
		gc.setLineAttributes(new LineAttributes(width, SWT.CAP_ROUND, SWT.JOIN_ROUND));
		drawing.node(id).ifPresent(this::outline);
		drawing.connector(id).ifPresent(this::trace);
		gc.setAlpha(255);
	}

	private void outline(DrawnNode node) {
		Box b = node.bounds();
		int x = (int) Math.round(b.x() - 3);
		int y = (int) Math.round(b.y() - 3);
		int w = (int) Math.round(b.width() + 6);
		int h = (int) Math.round(b.height() + 6);
		if (node.kind() == NodeKind.CONSTRUCT) {
			gc.drawOval(x, y, w, h);
		} else {
			gc.drawRectangle(x, y, w, h);
		}
	}

	private void trace(Connector connector) {
		int[] points = new int[connector.route().size() * 2];
		for (int i = 0; i < connector.route().size(); i++) {
			Point p = connector.route().get(i);
			points[2 * i] = (int) Math.round(p.x());
			points[2 * i + 1] = (int) Math.round(p.y());
		}
		gc.drawPolyline(points);
		if (connector.label() != null) {
			Box b = connector.label().bounds();
			gc.drawRectangle((int) Math.round(b.x() - 1), (int) Math.round(b.y() - 1), (int) Math.round(b.width() + 2), (int) Math.round(b.height() + 2));
		}
	}
}
