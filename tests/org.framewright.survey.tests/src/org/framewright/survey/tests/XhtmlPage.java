package org.framewright.survey.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A generated HTML page read as XML (the HTML writer writes HTML5 that is well-formed XML), with small queries. */
final class XhtmlPage {

	private final Document document;

	private XhtmlPage(Document document) {
		this.document = document;
	}

	/** Parses the page; fails the test if it is not well-formed XML. */
	static XhtmlPage parse(byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return new XhtmlPage(builder.parse(new ByteArrayInputStream(content)));
		} catch (ParserConfigurationException | IOException e) {
			throw new IllegalStateException(e);
		} catch (SAXException e) {
			throw new AssertionError("The page is not well-formed XML: " + e.getMessage(), e);
		}
	}

	Element root() {
		return document.getDocumentElement();
	}

	List<Element> all(String tag) {
		return list(document.getElementsByTagName(tag));
	}

	List<Element> all(String tag, Predicate<Element> filter) {
		return all(tag).stream().filter(filter).toList();
	}

	/** The element with the id; fails the test if there is none. */
	Element byId(String id) {
		List<Element> found = all("*", e -> id.equals(e.getAttribute("id")));
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " elements with id " + id);
		}
		return found.get(0);
	}

	static List<Element> within(Element parent, String tag) {
		return list(parent.getElementsByTagName(tag));
	}

	static List<Element> within(Element parent, String tag, Predicate<Element> filter) {
		return within(parent, tag).stream().filter(filter).toList();
	}

	/** The nearest ancestor with the tag, or null. */
	static Element ancestor(Element element, String tag) {
		for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
			if (parent.getTagName().equals(tag)) {
				return parent;
			}
		}
		return null;
	}

	static boolean hasClass(Element element, String cssClass) {
		return List.of(element.getAttribute("class").split(" ")).contains(cssClass);
	}

	private static List<Element> list(NodeList nodes) {
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}
}
