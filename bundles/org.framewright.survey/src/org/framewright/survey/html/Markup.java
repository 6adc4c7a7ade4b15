package org.framewright.survey.html;

import java.util.Set;

import org.framewright.model.generation.HtmlText;

/**
 * The page being written, as HTML5 that is also well-formed XML (void elements closed with "/&gt;", boolean
 * attributes written out), so tests and tools can read it with an XML parser. Text and attribute values go through
 * {@link HtmlText#escape}; only the bundle's own script and style come in {@link #raw}.
 */
final class Markup {

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
			"wbr");

	private final StringBuilder out = new StringBuilder();

	/** An opening tag; attributes are name, value pairs, and a null value leaves its attribute out. */
	Markup start(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		return this;
	}

	Markup end(String tag) {
		out.append("</").append(tag).append(">\n");
		return this;
	}

	/**
	 * A void element (input, meta, col), closed as XML wants. Only these: an HTML parser ignores the slash of any
	 * other element and reads on as its content.
	 */
	Markup empty(String tag, String... attributes) {
		if (!VOID.contains(tag)) {
			throw new IllegalArgumentException(tag + " is not a void element: write its start and end");
		}
		out.append('<').append(tag);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	/** An element holding only text, on one line so that its text content is exactly the text. */
	Markup element(String tag, String text, String... attributes) {
		start(tag, attributes);
		text(text);
		return end(tag);
	}

	Markup text(String text) {
		out.append(HtmlText.escape(text));
		return this;
	}

	/** Markup written as it is: only for the bundle's own script and style, never for a researcher's text. */
	Markup raw(String markup) {
		out.append(markup);
		return this;
	}

	private void attributes(String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("Attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(HtmlText.escape(attributes[i + 1])).append('"');
			}
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
