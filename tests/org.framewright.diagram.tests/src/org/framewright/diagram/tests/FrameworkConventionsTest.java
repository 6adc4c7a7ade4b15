package org.framewright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.NodeKind;
import org.junit.jupiter.api.Test;

/** The conventions of a path diagram that researchers expect, on the frameworks of the seed papers. */
class FrameworkConventionsTest {

	/**
	 * Example (a): MO -> AL -> IP with H1-H4. Antecedent left of mediator left of outcome; the a- and b-paths drawn
	 * once, labelled with their direct-effect hypothesis and the mediation: "H2 (+), H4" and "H3 (+), H4".
	 */
	@Test
	void mediationPathsAreDrawnOnceWithEveryHypothesisTheyBelongTo() {
		Drawing drawing = Frameworks.draw(Frameworks.example("sme-alliances.fwk"), DiagramOptions.DEFAULTS);
		assertEquals("H2 (+), H4", drawing.connector("path-MO-AL").orElseThrow().label().text());
		assertEquals("H3 (+), H4", drawing.connector("path-AL-IP").orElseThrow().label().text());
		assertEquals("H1 (+)", drawing.connector("path-MO-IP").orElseThrow().label().text());
		assertEquals(1, drawing.connectors().stream().filter(c -> c.id().equals("path-MO-AL")).count());
		double mo = centreX(drawing, "construct-MO");
		double al = centreX(drawing, "construct-AL");
		double ip = centreX(drawing, "construct-IP");
		assertTrue(mo < al && al < ip, "MO, AL and IP should run left to right: " + mo + ", " + al + ", " + ip);
	}

	/** Example (b): the paths only the mediations imply are drawn, but visibly different from hypothesised ones. */
	@Test
	void impliedPathsLookDifferentFromHypothesisedOnes() {
		Drawing drawing = Frameworks.draw(Frameworks.example("sme-partnerships.fwk"), DiagramOptions.DEFAULTS);
		assertEquals(ConnectorKind.IMPLIED, drawing.connector("path-SP-KT").orElseThrow().kind());
		assertEquals(ConnectorKind.IMPLIED, drawing.connector("path-KT-IS").orElseThrow().kind());
		assertEquals("H4, H5", drawing.connector("path-KT-IS").orElseThrow().label().text());
		assertEquals(ConnectorKind.HYPOTHESISED, drawing.connector("path-MC-IS").orElseThrow().kind());
		assertEquals("H3 (\u2212)", drawing.connector("path-MC-IS").orElseThrow().label().text());
		var style = drawing.style();
		assertTrue(style.dashes(ConnectorKind.IMPLIED).length > 0 && style.dashes(ConnectorKind.HYPOTHESISED).length == 0);
		assertTrue(!style.stroke(ConnectorKind.IMPLIED).equals(style.stroke(ConnectorKind.HYPOTHESISED)));
	}

	/** Example (c): the moderator's arrow ends on the arrow it moderates; controls are dashed boxes with dashed arrows. */
	@Test
	void moderationEndsOnItsPathAndControlsAreDashed() {
		Drawing drawing = Frameworks.draw(Frameworks.example("eo-performance-moderation.fwk"), DiagramOptions.DEFAULTS);
		Connector moderation = drawing.connectors().stream().filter(c -> c.kind() == ConnectorKind.MODERATION).findFirst().orElseThrow();
		assertEquals("construct-AL", moderation.sourceId());
		assertEquals("path-EO-IP", moderation.targetId());
		assertTrue(moderation.label().text().startsWith(moderation.hypotheses().get(0) + " ("));
		assertTrue(drawing.nodes().stream().anyMatch(n -> n.kind() == NodeKind.CONTROL));
		assertTrue(drawing.connectors().stream().filter(c -> c.kind() == ConnectorKind.CONTROL)
				.allMatch(c -> drawing.node(c.sourceId()).orElseThrow().kind() == NodeKind.CONTROL));
		assertTrue(drawing.style().dashes(NodeKind.CONTROL).length > 0 && drawing.style().dashes(ConnectorKind.CONTROL).length > 0);
	}

	/** A curvilinear hypothesis is marked on its arrow and explained in the legend. */
	@Test
	void curvilinearHypothesesAreMarked() {
		Drawing drawing = Frameworks.draw(Frameworks.parse("curvilinear.fwk", """
				framework Curvilinear "Diversification and performance"
				scale Five likert 5
				construct D "Diversification" scale Five { item D1 "a" item D2 "b" item D3 "c" }
				construct P "Performance" scale Five { item P1 "a" item P2 "b" item P3 "c" }
				hypothesis H1: D -> P inverted-u
				"""), DiagramOptions.DEFAULTS);
		assertEquals("H1 (\u2229)", drawing.connector("path-D-P").orElseThrow().label().text());
		assertTrue(drawing.legend().entries().stream().anyMatch(e -> e.text().text().contains("(\u2229) inverted U-shaped")));
	}

	/** Reflective items are pointed at by their construct; formative items point at theirs. */
	@Test
	void measurementArrowsFollowTheKindOfConstruct() {
		Drawing drawing = Frameworks.draw(Frameworks.parse("formative.fwk", """
				framework Measurement "Reflective and formative"
				scale Five likert 5
				construct R "Reflective" scale Five { item R1 "a" item R2 "b" item R3 "c" }
				construct F "Formative" formative scale Five { item F1 "a" item F2 "b" }
				hypothesis H1: F -> R positive
				"""), DiagramOptions.DEFAULTS.withItems(true));
		Connector reflective = drawing.connector("measurement-R-R1").orElseThrow();
		assertEquals("construct-R", reflective.sourceId());
		assertEquals("item-R1", reflective.targetId());
		Connector formative = drawing.connector("measurement-F-F1").orElseThrow();
		assertEquals("item-F1", formative.sourceId());
		assertEquals("construct-F", formative.targetId());
		DiagramGeometryTest.assertOnEllipse(drawing.node("construct-F").orElseThrow(), formative.tip(), "formative arrow tip");
	}

	private static double centreX(Drawing drawing, String id) {
		return drawing.node(id).orElseThrow().bounds().center().x();
	}
}
