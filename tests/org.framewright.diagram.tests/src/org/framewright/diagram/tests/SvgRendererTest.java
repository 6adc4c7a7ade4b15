package org.framewright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.SvgRenderer;
import org.framewright.diagram.scene.Drawing;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG is well-formed XML, accessible, has an element per construct and arrow, and keeps researchers' text. */
class SvgRendererTest {

	static List<String> exampleNames() {
		return Frameworks.EXAMPLES;
	}

	@ParameterizedTest
	@MethodSource("exampleNames")
	void isWellFormedAndAccessibleWithAGroupPerConstructAndArrow(String example) throws Exception {
		Framework framework = Frameworks.example(example);
		Drawing drawing = Frameworks.draw(framework, DiagramOptions.DEFAULTS.withItems(true));
		Document svg = parse(new SvgRenderer().render(drawing));
		Element root = svg.getDocumentElement();
		assertEquals("svg", root.getLocalName());
		assertEquals("img", root.getAttribute("role"));
		assertEquals("diagram-title diagram-desc", root.getAttribute("aria-labelledby"));
		assertTrue(text(svg, "title").get(0).startsWith("Conceptual framework: "));
		String description = text(svg, "desc").get(0);
		for (Construct construct : framework.getConstructs()) {
			assertTrue(byId(svg, "construct-" + construct.getName()) != null, "no element for " + construct.getName());
			assertTrue(description.contains(construct.getName()), "the description leaves out " + construct.getName());
			construct.getItems().forEach(item -> assertTrue(byId(svg, "item-" + item.getName()) != null, "no element for item " + item.getName()));
		}
		framework.getHypotheses().forEach(h -> assertTrue(description.contains(h.getName() + ": "), "the description leaves out " + h.getName()));
		drawing.connectors().forEach(c -> assertTrue(byId(svg, c.id()) != null, "no element for " + c.id()));
	}

	@Test
	void researchersTextStaysTextAndTheFileStaysWellFormed() throws Exception {
		String hostile = "Trust & \\\"control\\\" <script>alert('x')</script> ${x} ]]> \u0645\u0631\u062D\u0628\u0627 \u4E2D\u6587 Sikap";
		Framework framework = Frameworks.parse("hostile.fwk", """
				framework Hostile "%s"
				scale Five likert 5
				construct A "%s" scale Five { item A1 "a <b>" item A2 "b & c" item A3 "c" }
				construct B "Outcome" scale Five { item B1 "a" item B2 "b" item B3 "c" }
				hypothesis H1: A -> B positive "A \\"quoted\\" statement"
				""".formatted(hostile, hostile));
		byte[] bytes = new SvgRenderer().render(Frameworks.draw(framework, DiagramOptions.DEFAULTS.withItems(true)));
		Document svg = parse(bytes);
		String expected = hostile.replace("\\\"", "\"");
		assertTrue(String.join(" ", text(svg, "text")).replace(" ", "").contains("Trust&"), "the title is drawn");
		assertTrue(text(svg, "title").get(0).endsWith(expected), text(svg, "title").get(0));
		assertEquals(0, svg.getElementsByTagName("script").getLength(), "no script element may come from text");
		assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("&lt;script&gt;"));
	}

	@Test
	void theSameModelGivesTheSameBytesAndThePrintStyleHasNoColour() throws Exception {
		Framework framework = Frameworks.example("eo-performance-moderation.fwk");
		DiagramOptions print = DiagramOptions.DEFAULTS.withStyle(DiagramStyle.PRINT);
		byte[] first = new SvgRenderer().render(Frameworks.draw(framework, print));
		byte[] second = new SvgRenderer().render(Frameworks.draw(Frameworks.example("eo-performance-moderation.fwk"), print));
		assertArrayEquals(first, second);
		String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
		var colours = java.util.regex.Pattern.compile("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})").matcher(text);
		while (colours.find()) {
			assertTrue(colours.group(1).equals(colours.group(2)) && colours.group(2).equals(colours.group(3)), "not grey: " + colours.group());
		}
	}

	static Document parse(byte[] svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
	}

	private static List<String> text(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Element byId(Document document, String id) {
		NodeList groups = document.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			if (id.equals(((Element) groups.item(i)).getAttribute("id"))) {
				return (Element) groups.item(i);
			}
		}
		return null;
	}
}
