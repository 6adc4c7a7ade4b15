package org.framewright.survey.tests;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** XML for the tests: a namespace-aware DOM parse (which fails the test if the file is not well-formed), and children. */
final class Xml {

	private Xml() {
	}

	static Document parse(byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
		} catch (Exception e) {
			throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
		}
	}

	/** The child elements, in order. */
	static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	/** The child elements with a local name, in order. */
	static List<Element> children(Element parent, String localName) {
		return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).toList();
	}

	/** The one child element with a local name; fails if there is none or more than one. */
	static Element child(Element parent, String localName) {
		List<Element> found = children(parent, localName);
		if (found.size() != 1) {
			throw new AssertionError(parent.getLocalName() + " has " + found.size() + " " + localName + " elements, not one");
		}
		return found.get(0);
	}
}
