package org.framewright.diagram.layout;

import static org.framewright.diagram.layout.DiagramMetrics.LEGEND_FONT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.Legend;
import org.framewright.diagram.scene.LegendEntry;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextAnchor;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.text.DiagramFont;

/**
 * The legend of a diagram: one line per kind of arrow the diagram draws, then the meaning of the sign marks its
 * labels use. Only what appears in the diagram is explained.
 */
final class LegendBuilder {

	private static final double SAMPLE_LENGTH = 34;
	private static final double PADDING = 8;
	private static final double GAP = 8;

	private final DiagramFont font;

	LegendBuilder(DiagramFont font) {
		this.font = font;
	}

	/** The legend for the shapes, with its top-left corner at the given point; null if there is nothing to explain. */
	Legend build(List<Connector> connectors, List<DrawnNode> nodes, double left, double top) {
		Map<ConnectorKind, String> kinds = new LinkedHashMap<>();
		Set<ConnectorKind> present = EnumSet.noneOf(ConnectorKind.class);
		connectors.forEach(c -> present.add(c.kind()));
		explain(kinds, present, ConnectorKind.HYPOTHESISED, "Hypothesised path");
		explain(kinds, present, ConnectorKind.IMPLIED, "Path implied by a mediation or moderation, stated by no hypothesis");
		explain(kinds, present, ConnectorKind.MODERATION, "Moderation (ends on the path it moderates)");
		explain(kinds, present, ConnectorKind.CONTROL, "Control variable (dashed box)");
		explain(kinds, present, ConnectorKind.MEASUREMENT, nodes.stream().anyMatch(n -> n.kind() == NodeKind.ITEM)
				? "Measurement: construct to its items (reflective), items to construct (formative)"
				: "Higher-order construct and its dimensions");
		String marks = marks(connectors);
		if (kinds.isEmpty() && marks.isEmpty()) {
			return null;
		}
		double lineHeight = Math.max(font.lineHeight(LEGEND_FONT), 12);
		double y = top + PADDING;
		double width = 0;
		List<LegendEntry> entries = new ArrayList<>();
		for (Map.Entry<ConnectorKind, String> kind : kinds.entrySet()) {
			double middle = y + lineHeight / 2;
			double textX = left + PADDING + SAMPLE_LENGTH + GAP;
			entries.add(new LegendEntry(kind.getKey(), new Point(left + PADDING, middle), new Point(left + PADDING + SAMPLE_LENGTH, middle),
					line(kind.getValue(), textX, middle)));
			width = Math.max(width, SAMPLE_LENGTH + GAP + font.width(kind.getValue(), LEGEND_FONT));
			y += lineHeight + 4;
		}
		if (!marks.isEmpty()) {
			entries.add(new LegendEntry(null, null, null, line(marks, left + PADDING, y + lineHeight / 2)));
			width = Math.max(width, font.width(marks, LEGEND_FONT));
			y += lineHeight + 4;
		}
		return new Legend(new Box(left, top, Math.ceil(width + 2 * PADDING), Math.ceil(y - 4 + PADDING - top)), entries);
	}

	private TextLine line(String text, double x, double middle) {
		double baseline = middle - font.lineHeight(LEGEND_FONT) / 2 + font.ascent(LEGEND_FONT);
		return new TextLine(text, x, baseline, LEGEND_FONT, TextAnchor.START, font.width(text, LEGEND_FONT));
	}

	private static void explain(Map<ConnectorKind, String> kinds, Set<ConnectorKind> present, ConnectorKind kind, String text) {
		if (present.contains(kind)) {
			kinds.put(kind, text);
		}
	}

	/** The sign marks the labels use, explained: "(+) positive, (−) negative expected effect; ...". */
	private static String marks(List<Connector> connectors) {
		String labels = String.join(" ", connectors.stream().filter(c -> c.label() != null).map(c -> c.label().text()).toList());
		List<String> parts = new ArrayList<>();
		if (labels.contains("(+)")) {
			parts.add("(+) positive");
		}
		if (labels.contains("(" + HypothesisLabels.MINUS + ")")) {
			parts.add("(" + HypothesisLabels.MINUS + ") negative");
		}
		if (labels.contains("(" + HypothesisLabels.INVERTED_U + ")")) {
			parts.add("(" + HypothesisLabels.INVERTED_U + ") inverted U-shaped");
		}
		if (labels.contains("(" + HypothesisLabels.U_SHAPED + ")")) {
			parts.add("(" + HypothesisLabels.U_SHAPED + ") U-shaped");
		}
		return parts.isEmpty() ? "" : "Expected effect: " + String.join(", ", parts)
				+ (connectors.stream().anyMatch(c -> c.kind() == ConnectorKind.MODERATION) ? "; a moderator strengthens (+) or weakens (" + HypothesisLabels.MINUS + ") its path" : "");
	}
}
