package org.framewright.diagram.tests;

import java.util.List;

import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.EdgeLabel;
import org.framewright.diagram.scene.Legend;
import org.framewright.diagram.scene.LegendEntry;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextAnchor;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;

/**
 * Drawings placed by hand for the renderer tests, independent of the layout, so that a renderer test fails only
 * when the renderer does.
 */
final class SampleDrawings {

	/** The size of the sample drawing, in pixels. */
	static final double WIDTH = 480;
	static final double HEIGHT = 360;

	/** Text with the characters XML, PDF strings and shells treat specially. */
	static final String SPECIAL = "Müller & <Söhne> \"quoted\"";

	/** Arabic, which DejaVu Sans has glyphs for ("innovation performance"). */
	static final String ARABIC = "أداء الابتكار";

	/** Chinese, which DejaVu Sans has no glyphs for ("size"). */
	static final String CHINESE = "规模";

	/** The box of construct MO's ellipse. */
	static final Box MO_BOUNDS = new Box(40, 80, 120, 60);

	/** A point inside MO's ellipse, left of its centred name, where only the construct's fill is. */
	static final Point MO_FILL_SAMPLE = new Point(64, 110);

	private SampleDrawings() {
	}

	/**
	 * Two constructs, a control and a group, with a legend and a heading:
	 *
	 * <pre>
	 *               Conceptual framework: Müller &amp; &lt;Söhne&gt; "quoted"
	 *  ┌Antecedents──┐
	 *  │ ( MO )──────┼── H1 (+) ──────────▶ ( IP  أداء الابتكار )
	 *  └─────────────┘                               ▲
	 *                                                ┆  control, dashed
	 *                                          ┌ SIZE 规模 ┐
	 *  ┌ legend ─────────────────────────────────────────────┐
	 *  │ ──▶ Hypothesised path                                │
	 *  │ ╌╌▶ Control variable: Müller &amp; &lt;Söhne&gt; "quoted" │
	 *  └──────────────────────────────────────────────────────┘
	 * </pre>
	 */
	static Drawing framework(DiagramFont font, DiagramStyle style) {
		TextLine heading = line(font, "Conceptual framework: " + SPECIAL, 240, 28, 15, TextAnchor.MIDDLE);
		DrawnNode group = new DrawnNode("group-Antecedents", NodeKind.GROUP, "Antecedents", "Group Antecedents: MO",
				new Box(24, 56, 152, 100), List.of(line(font, "Antecedents", 32, 70, 11, TextAnchor.START)));
		DrawnNode mo = new DrawnNode("construct-MO", NodeKind.CONSTRUCT, "MO", "Construct MO: Market orientation", MO_BOUNDS,
				List.of(line(font, "MO", 100, 115, 13, TextAnchor.MIDDLE)));
		DrawnNode ip = new DrawnNode("construct-IP", NodeKind.CONSTRUCT, "IP", "Construct IP: Innovation performance",
				new Box(320, 80, 120, 60),
				List.of(line(font, "IP", 380, 106, 13, TextAnchor.MIDDLE), line(font, ARABIC, 380, 124, 11, TextAnchor.MIDDLE)));
		DrawnNode size = new DrawnNode("control-SIZE", NodeKind.CONTROL, "SIZE", "Control variable SIZE: Firm size",
				new Box(330, 190, 100, 36), List.of(line(font, "SIZE " + CHINESE, 380, 213, 12, TextAnchor.MIDDLE)));

		TextLine h1 = line(font, "H1 (+)", 240, 114, 12, TextAnchor.MIDDLE);
		EdgeLabel label = new EdgeLabel("H1 (+)", new Box(h1.left() - 3, 100, h1.width() + 6, 18), h1);
		Connector hypothesis = new Connector("path-MO-IP", ConnectorKind.HYPOTHESISED, "construct-MO", "construct-IP",
				List.of(new Point(160, 110), new Point(320, 110)), List.of("H1"), "Path MO to IP: H1 (positive)", label);
		Connector control = new Connector("control-SIZE-IP", ConnectorKind.CONTROL, "control-SIZE", "construct-IP",
				List.of(new Point(380, 190), new Point(380, 140)), List.of(), "Control SIZE on IP", null);

		Legend legend = new Legend(new Box(40, 260, 400, 70), List.of(
				new LegendEntry(ConnectorKind.HYPOTHESISED, new Point(52, 282), new Point(92, 282),
						line(font, "Hypothesised path", 102, 286, 12, TextAnchor.START)),
				new LegendEntry(ConnectorKind.CONTROL, new Point(52, 308), new Point(92, 308),
						line(font, "Control variable: " + SPECIAL, 102, 312, 12, TextAnchor.START))));

		return new Drawing("Conceptual framework: " + SPECIAL, "MO is expected to increase IP (H1); SIZE is controlled for.",
				WIDTH, HEIGHT, style, List.of(heading), List.of(group), List.of(hypothesis, control), List.of(mo, ip, size), legend);
	}

	/** A line of text measured with the diagram's font, as the layout measures it. */
	private static TextLine line(DiagramFont font, String text, double x, double baseline, double size, TextAnchor anchor) {
		return new TextLine(text, x, baseline, size, anchor, font.width(text, size));
	}
}
