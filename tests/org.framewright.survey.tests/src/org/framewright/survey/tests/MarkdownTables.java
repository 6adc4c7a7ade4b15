package org.framewright.survey.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tables of a Markdown file back, as GitHub's table extension splits them: a row is a line between pipes,
 * a backslash escapes the next character, {@code <br>} is a line break. Fails the test if a cell holds a character
 * with Markdown meaning that is not escaped (it would format, link or open raw HTML).
 */
final class MarkdownTables {

	private static final String SPECIAL = "\\`*_[]<>#&~^$|{}";

	private MarkdownTables() {
	}

	/** Every table (consecutive lines starting with a pipe), without its delimiter row. */
	static List<Table> parse(String markdown) {
		List<Table> tables = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (String line : (markdown + "\n").split("\n", -1)) {
			if (line.startsWith("|")) {
				List<String> cells = cells(line);
				if (!cells.stream().allMatch(c -> c.equals("---"))) {
					rows.add(cells);
				}
			} else if (!rows.isEmpty()) {
				tables.add(Table.of(rows));
				rows = new ArrayList<>();
			}
		}
		return tables;
	}

	/** The cells of one row, unescaped and trimmed. */
	static List<String> cells(String line) {
		if (!line.endsWith("|")) {
			throw new AssertionError("A table row that does not end with a pipe: " + line);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		for (int i = 1; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				cell.append(line.charAt(++i));
			} else if (c == '|') {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			} else if (line.startsWith("<br>", i)) {
				cell.append('\n');
				i += 3;
			} else if (SPECIAL.indexOf(c) >= 0) {
				throw new AssertionError("Unescaped " + c + " in a table row: " + line);
			} else {
				cell.append(c);
			}
		}
		return cells;
	}

	/** A heading's text, unescaped in the same way. */
	static String heading(String line) {
		List<String> cells = cells("|" + line.replaceFirst("^#+ ", "") + "|");
		return cells.get(0);
	}
}
