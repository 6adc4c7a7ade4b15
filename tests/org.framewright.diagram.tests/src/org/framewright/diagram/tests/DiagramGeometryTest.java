package org.framewright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.Group;
import org.framewright.model.Hypothesis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The geometry of every example's diagram, with and without the measurement model: what a reader of the figure
 * relies on, checked on coordinates rather than on a picture.
 */
class DiagramGeometryTest {

	/** How far a point may lie from an outline and still be on it: well under a pixel. */
	private static final double ON_OUTLINE = 0.5;

	static Stream<Arguments> examples() {
		return Frameworks.EXAMPLES.stream().flatMap(name -> Stream.of(Arguments.of(name, false), Arguments.of(name, true)));
	}

	static Stream<String> exampleNames() {
		return Frameworks.EXAMPLES.stream();
	}

	@ParameterizedTest(name = "{0}, items {1}")
	@MethodSource("examples")
	void noTwoNodesOverlap(String example, boolean items) {
		Drawing drawing = draw(example, items);
		List<DrawnNode> nodes = drawing.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(nodes.get(i).bounds().overlaps(nodes.get(j).bounds()), nodes.get(i).id() + " overlaps " + nodes.get(j).id());
			}
		}
	}

	@ParameterizedTest(name = "{0}, items {1}")
	@MethodSource("examples")
	void noLabelOverlapsANodeOrAnotherLabel(String example, boolean items) {
		Drawing drawing = draw(example, items);
		List<Connector> labelled = drawing.connectors().stream().filter(c -> c.label() != null).toList();
		for (Connector connector : labelled) {
			Box label = connector.label().bounds();
			for (DrawnNode node : drawing.nodes()) {
				assertFalse(label.overlaps(node.bounds()), "the label '" + connector.label().text() + "' overlaps " + node.id());
			}
			for (Connector other : labelled) {
				assertTrue(other == connector || !label.overlaps(other.label().bounds()),
						"the labels '" + connector.label().text() + "' and '" + other.label().text() + "' overlap");
			}
			for (DrawnNode group : drawing.groups()) {
				for (var title : group.text()) {
					Box titleBox = new Box(title.left(), title.baseline() - title.fontSize(), title.width(), title.fontSize() * 1.3);
					assertFalse(label.overlaps(titleBox), "the label '" + connector.label().text() + "' covers the title of " + group.id());
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}, items {1}")
	@MethodSource("examples")
	void everyHypothesisHasItsArrowAndLabel(String example, boolean items) {
		Framework framework = Frameworks.example(example);
		Drawing drawing = Frameworks.draw(framework, DiagramOptions.DEFAULTS.withItems(items));
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			List<Connector> arrows = drawing.connectors().stream().filter(c -> c.hypotheses().contains(hypothesis.getName())).toList();
			assertFalse(arrows.isEmpty(), hypothesis.getName() + " has no arrow");
			for (Connector arrow : arrows) {
				assertTrue(arrow.label() != null && List.of(arrow.label().text().split(", ")).stream()
						.anyMatch(part -> part.equals(hypothesis.getName()) || part.startsWith(hypothesis.getName() + " (")),
						arrow.id() + " is not labelled with " + hypothesis.getName());
			}
		}
	}

	@ParameterizedTest(name = "{0}, items {1}")
	@MethodSource("examples")
	void arrowsRunFromCauseToEffectAndEndOnTheEllipses(String example, boolean items) {
		Drawing drawing = draw(example, items);
		for (Connector connector : drawing.connectors()) {
			if (connector.kind() == ConnectorKind.HYPOTHESISED || connector.kind() == ConnectorKind.IMPLIED) {
				assertOnEllipse(node(drawing, connector.sourceId()), connector.route().get(0), connector.id() + " start");
				assertOnEllipse(node(drawing, connector.targetId()), connector.tip(), connector.id() + " tip");
				assertEquals("path-" + node(drawing, connector.sourceId()).name() + "-" + node(drawing, connector.targetId()).name(), connector.id());
			}
			if (connector.kind() == ConnectorKind.CONTROL) {
				assertEquals(NodeKind.CONTROL, node(drawing, connector.sourceId()).kind());
				assertOnEllipse(node(drawing, connector.targetId()), connector.tip(), connector.id() + " tip");
			}
			if (connector.kind() == ConnectorKind.MEASUREMENT && connector.targetId().startsWith("item-")) {
				Box item = node(drawing, connector.targetId()).bounds();
				assertEquals(item.bottom(), connector.tip().y(), ON_OUTLINE, connector.id() + " ends on its item");
				assertOnEllipse(node(drawing, connector.sourceId()), connector.route().get(0), connector.id() + " start");
			}
		}
	}

	@ParameterizedTest(name = "{0}, items {1}")
	@MethodSource("examples")
	void moderationArrowsEndOnThePathTheyModerate(String example, boolean items) {
		Drawing drawing = draw(example, items);
		for (Connector moderation : drawing.connectors().stream().filter(c -> c.kind() == ConnectorKind.MODERATION).toList()) {
			Connector moderated = drawing.connector(moderation.targetId()).orElseThrow();
			assertTrue(moderated.kind() == ConnectorKind.HYPOTHESISED || moderated.kind() == ConnectorKind.IMPLIED);
			assertTrue(distance(moderation.tip(), moderated.route()) < ON_OUTLINE,
					moderation.id() + " ends at " + moderation.tip() + ", off the path " + moderated.id());
			assertOnEllipse(node(drawing, moderation.sourceId()), moderation.route().get(0), moderation.id() + " start");
		}
	}

	@ParameterizedTest(name = "{0}, items {1}")
	@MethodSource("examples")
	void everythingLiesOnTheCanvasAndMembersInsideTheirGroup(String example, boolean items) {
		Framework framework = Frameworks.example(example);
		Drawing drawing = Frameworks.draw(framework, DiagramOptions.DEFAULTS.withItems(items));
		Box canvas = new Box(0, 0, drawing.width(), drawing.height());
		List<Box> boxes = new ArrayList<>();
		drawing.nodes().forEach(n -> boxes.add(n.bounds()));
		drawing.groups().forEach(n -> boxes.add(n.bounds()));
		drawing.connectors().stream().filter(c -> c.label() != null).forEach(c -> boxes.add(c.label().bounds()));
		for (Box box : boxes) {
			assertTrue(canvas.contains(new Point(box.x(), box.y())) && canvas.contains(new Point(box.right(), box.bottom())), box + " off the canvas");
		}
		for (Group group : framework.getGroups()) {
			Box container = drawing.node("group-" + group.getName()).orElseThrow().bounds();
			for (Construct member : group.getMembers()) {
				Box box = drawing.node("construct-" + member.getName()).orElseThrow().bounds();
				assertTrue(container.contains(new Point(box.x(), box.y())) && container.contains(new Point(box.right(), box.bottom())),
						member.getName() + " lies outside its group " + group.getName());
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleNames")
	void theSameFrameworkGivesTheSameDrawing(String example) {
		assertEquals(draw(example, true), draw(example, true));
	}

	private static Drawing draw(String example, boolean items) {
		return Frameworks.draw(Frameworks.example(example), DiagramOptions.DEFAULTS.withItems(items));
	}

	static DrawnNode node(Drawing drawing, String id) {
		return drawing.node(id).orElseThrow(() -> new AssertionError("no node " + id));
	}

	/** Asserts that the point lies on the outline of the construct's ellipse. */
	static void assertOnEllipse(DrawnNode construct, Point point, String what) {
		assertEquals(NodeKind.CONSTRUCT, construct.kind(), what + " should touch a construct");
		Box box = construct.bounds();
		double a = box.width() / 2;
		double b = box.height() / 2;
		double dx = (point.x() - box.center().x()) / a;
		double dy = (point.y() - box.center().y()) / b;
		double radial = Math.sqrt(dx * dx + dy * dy);
		assertEquals(1, radial, ON_OUTLINE / Math.min(a, b), what + " at " + point + " is not on the ellipse of " + construct.id());
	}

	/** The distance from a point to a polyline. */
	static double distance(Point point, List<Point> polyline) {
		double best = Double.MAX_VALUE;
		for (int i = 1; i < polyline.size(); i++) {
			Point a = polyline.get(i - 1);
			Point b = polyline.get(i);
			double length2 = Math.pow(b.x() - a.x(), 2) + Math.pow(b.y() - a.y(), 2);
			double t = length2 == 0 ? 0 : ((point.x() - a.x()) * (b.x() - a.x()) + (point.y() - a.y()) * (b.y() - a.y())) / length2;
			t = Math.max(0, Math.min(1, t));
			best = Math.min(best, point.distanceTo(new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()))));
		}
		return best;
	}
}
