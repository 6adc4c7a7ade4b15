package org.framewright.survey.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.w3c.dom.Element;

/**
 * Reads an .xlsx workbook for the tests straight from its OOXML parts (a zip of XML files), as a spreadsheet program
 * does: the sheets in workbook order, each as rows of cell texts (shared or inline strings, numbers), with the
 * _xHHHH_ escapes decoded as Excel and openpyxl decode them. Every part must be well-formed XML.
 */
final class Xlsx {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private Xlsx() {
	}

	/** The sheets by name, in workbook order; each sheet's rows (the header first), every row as long as the sheet's widest. */
	static Map<String, List<List<String>>> read(byte[] workbook) {
		Map<String, byte[]> parts = unzip(workbook);
		parts.values().forEach(Xml::parse);
		List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
		Map<String, String> targets = new HashMap<>();
		for (Element relationship : Xml.children(Xml.parse(parts.get("xl/_rels/workbook.xml.rels")).getDocumentElement())) {
			targets.put(relationship.getAttribute("Id"), relationship.getAttribute("Target").replaceFirst("^/?(xl/)?", "xl/"));
		}
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		Element sheetList = Xml.child(Xml.parse(parts.get("xl/workbook.xml")).getDocumentElement(), "sheets");
		for (Element sheet : Xml.children(sheetList, "sheet")) {
			String target = targets.get(sheet.getAttributeNS(RELATIONSHIPS, "id"));
			sheets.put(sheet.getAttribute("name"), rows(Xml.parse(parts.get(target)).getDocumentElement(), strings));
		}
		return sheets;
	}

	private static List<List<String>> rows(Element worksheet, List<String> strings) {
		List<Map<Integer, String>> rows = new ArrayList<>();
		int width = 0;
		for (Element row : Xml.children(Xml.child(worksheet, "sheetData"), "row")) {
			Map<Integer, String> cells = new HashMap<>();
			for (Element cell : Xml.children(row, "c")) {
				int column = column(cell.getAttribute("r"));
				cells.put(column, value(cell, strings));
				width = Math.max(width, column + 1);
			}
			rows.add(cells);
		}
		List<List<String>> result = new ArrayList<>();
		for (Map<Integer, String> cells : rows) {
			List<String> row = new ArrayList<>();
			for (int column = 0; column < width; column++) {
				row.add(cells.getOrDefault(column, ""));
			}
			result.add(row);
		}
		return result;
	}

	private static String value(Element cell, List<String> strings) {
		return switch (cell.getAttribute("t")) {
			case "s" -> strings.get(Integer.parseInt(Xml.child(cell, "v").getTextContent()));
			case "inlineStr" -> decode(Xml.child(cell, "is").getTextContent());
			default -> Xml.child(cell, "v").getTextContent();
		};
	}

	/** The column index of a cell reference: B2 is 1. */
	private static int column(String reference) {
		int column = 0;
		for (char c : reference.replaceAll("[0-9]", "").toCharArray()) {
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private static List<String> sharedStrings(byte[] part) {
		List<String> strings = new ArrayList<>();
		if (part != null) {
			for (Element item : Xml.children(Xml.parse(part).getDocumentElement(), "si")) {
				strings.add(decode(item.getTextContent()));
			}
		}
		return strings;
	}

	/** The text with every _xHHHH_ replaced by its character. */
	static String decode(String text) {
		Matcher matcher = ESCAPE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
		}
		return matcher.appendTail(out).toString();
	}

	/**
	 * The parts by name, read through the zip's central directory as Excel and openpyxl read them. (Not with
	 * ZipInputStream: fastexcel's zip writer puts ZIP64 sizes in the data descriptors, which that streaming reader
	 * rejects unless the local header announces ZIP64.)
	 */
	private static Map<String, byte[]> unzip(byte[] workbook) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try {
			Path file = Files.createTempFile("framewright-", ".xlsx");
			try {
				Files.write(file, workbook);
				try (ZipFile zip = new ZipFile(file.toFile())) {
					for (ZipEntry entry : Collections.list(zip.entries())) {
						parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
					}
				}
			} finally {
				Files.delete(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return parts;
	}
}
