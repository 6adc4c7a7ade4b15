package org.framewright.diagram.render;

import java.util.List;

import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.Canvas.Pen;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.EdgeLabel;
import org.framewright.diagram.scene.Legend;
import org.framewright.diagram.scene.LegendEntry;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.TextLine;

/**
 * Draws a laid-out diagram on a {@link Canvas}, back to front: the groups, the arrows with their labels, the nodes
 * with their text, the heading, and the legend. The raster and the vector renderers share this walk, so they draw
 * the same shapes in the same order and differ only in how a primitive reaches their file.
 */
public final class DrawingPainter {

	/** The corner radius of a group's container, in pixels. */
	public static final double GROUP_CORNER_RADIUS = 8;

	/** The fill behind a label and inside the legend, so that lines under them do not cross their text. */
	static final String BACKGROUND = "#ffffff";

	/** The legend's frame: thin and grey, so that it does not read as one of the diagram's shapes. */
	static final Pen LEGEND_FRAME = new Pen("#9a9a9a", 0.8, new double[0]);

	private final Canvas canvas;

	public DrawingPainter(Canvas canvas) {
		this.canvas = canvas;
	}

	/** Draws the whole drawing. */
	public void paint(Drawing drawing) {
		DiagramStyle style = drawing.style();
		drawing.groups().forEach(group -> node(group, style));
		drawing.connectors().forEach(connector -> connector(connector, style));
		drawing.nodes().forEach(node -> node(node, style));
		text(drawing.heading(), style);
		if (drawing.legend() != null) {
			legend(drawing.legend(), style);
		}
	}

	/** A node or group: its shape (ellipse, rectangle, dashed rectangle or rounded container), then its text. */
	private void node(DrawnNode node, DiagramStyle style) {
		NodeKind kind = node.kind();
		String fill = style.fill(kind);
		Pen pen = new Pen(style.stroke(kind), style.strokeWidth(kind), style.dashes(kind));
		switch (kind) {
			case CONSTRUCT -> canvas.ellipse(node.bounds(), fill, pen);
			case ITEM, CONTROL -> canvas.rectangle(node.bounds(), 0, fill, pen);
			case GROUP -> canvas.rectangle(node.bounds(), GROUP_CORNER_RADIUS, fill, pen);
		}
		text(node.text(), style);
	}

	/** An arrow: its line, its arrowhead, and its label over a clear background. */
	private void connector(Connector connector, DiagramStyle style) {
		arrow(connector, style);
		EdgeLabel label = connector.label();
		if (label != null) {
			canvas.rectangle(label.bounds(), 0, BACKGROUND, null);
			canvas.text(label.line(), style.text());
		}
	}

	/** The line and the arrowhead of an arrow, in its kind's colour, width and dashes. */
	private void arrow(Connector connector, DiagramStyle style) {
		ConnectorKind kind = connector.kind();
		canvas.polyline(connector.line(), new Pen(style.stroke(kind), style.strokeWidth(kind), style.dashes(kind)));
		canvas.polygon(connector.arrowhead(), style.stroke(kind));
	}

	/** The legend: a framed box, then each entry's line sample (if any) and its explanation. */
	private void legend(Legend legend, DiagramStyle style) {
		canvas.rectangle(legend.bounds(), 0, BACKGROUND, LEGEND_FRAME);
		for (LegendEntry entry : legend.entries()) {
			if (entry.sample() != null) {
				arrow(new Connector("legend-sample", entry.sample(), "", "", List.of(entry.sampleStart(), entry.sampleEnd()),
						List.of(), "", null), style);
			}
			canvas.text(entry.text(), style.text());
		}
	}

	private void text(List<TextLine> lines, DiagramStyle style) {
		lines.forEach(line -> canvas.text(line, style.text()));
	}
}
