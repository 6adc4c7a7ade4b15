package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.framewright.model.generation.GeneratedFile;
import org.w3c.dom.Document;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** A writer's one file, parsed as its tool would: strict JSON, XML, and the HTML of the texts tools show as HTML. */
final class Outputs {

	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

	private Outputs() {
	}

	/** The only file written, which must have the name; as text. */
	static String file(List<GeneratedFile> files, String name) {
		assertEquals(1, files.size(), "one file");
		assertEquals(name, files.get(0).relativePath());
		return new String(files.get(0).content(), StandardCharsets.UTF_8);
	}

	/** The text as JSON, read strictly (RFC 8259: no comments, no unquoted names, nothing after the value). */
	static JsonElement json(String text) {
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			reader.setStrictness(Strictness.STRICT);
			JsonElement value = new Gson().getAdapter(JsonElement.class).read(reader);
			assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "nothing after the JSON value");
			return value;
		} catch (IOException e) {
			throw new AssertionError("not valid JSON: " + e.getMessage(), e);
		}
	}

	/** The text as an XML document (well-formed, or the test fails). */
	static Document xml(String text) {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (Exception e) {
			throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
		}
	}

	/**
	 * The text a survey tool shows for HTML written by SurveyHtmlText: line breaks from {@code <br>}, characters from
	 * references. Fails if the HTML holds other markup or anything a tool would expand ({, } or $).
	 */
	static String fromHtml(String html) {
		String text = html.replace("<br>", "\n");
		assertFalse(text.contains("<") || text.contains(">"), "no markup but line breaks: " + html);
		assertFalse(text.contains("{") || text.contains("}") || text.contains("$"), "nothing a survey tool expands: " + html);
		Matcher matcher = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(character(matcher.group(1))));
		}
		assertFalse(REFERENCE.matcher(text).replaceAll("").contains("&"), "every & starts a reference: " + html);
		return matcher.appendTail(out).toString();
	}

	private static String character(String reference) {
		return switch (reference) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			default -> Character.toString(reference.startsWith("#x") ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1)));
		};
	}
}
