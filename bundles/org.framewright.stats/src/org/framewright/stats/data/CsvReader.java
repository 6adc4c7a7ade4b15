package org.framewright.stats.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * Reads CSV as RFC 4180 writes it (quoted cells with doubled quotes inside, cells spanning lines), with the
 * delimiter a spreadsheet used: comma, semicolon (where the decimal mark is a comma) or tab, whichever the first
 * line has most of. Rows are numbered as a spreadsheet numbers them: the first record is row 1, and a cell spanning lines
 * does not change the numbers of the rows after it.
 */
public final class CsvReader {

	/** One record of the file: its row number (1-based) and its cells, as written, without the quotes. */
	public record Row(int row, List<String> cells) {

		/** Whether every cell is empty or blank (a spreadsheet's empty line). */
		public boolean isBlank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	/** The rows of a file and the delimiter it was read with. */
	public record Table(char delimiter, List<Row> rows) {
	}

	private CsvReader() {
	}

	/** Reads a file: UTF-8 (with or without a byte-order mark), or else Windows-1252 as older spreadsheets save. */
	public static Result<Table> read(Path file) {
		String name = file.getFileName().toString();
		try {
			return parse(name, decode(Files.readAllBytes(file)));
		} catch (IOException e) {
			return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.UNREADABLE_FILE, name, 0, null,
					"The file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")."));
		}
	}

	/** The text of a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252; a byte-order mark is dropped. */
	public static String decode(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			text = new String(bytes, Charset.forName("windows-1252"));
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Parses CSV text (a leading byte-order mark is dropped); {@code file} names it in problems. */
	public static Result<Table> parse(String file, String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		char delimiter = delimiter(text);
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int row = 1;
		int i = 0;
		int length = text.length();
		boolean rowOpen = false;
		while (i < length) {
			char c = text.charAt(i);
			rowOpen = true;
			if (c == '"' && cell.toString().isBlank()) {
				int opened = row;
				int close = closingQuote(text, i + 1);
				if (close < 0) {
					problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_CSV, file, opened, null, "The quote that opens a cell"
							+ " in row " + opened + " is never closed, so the rest of the file cannot be read; close it, or double"
							+ " the quote (\"\") if it is part of the text."));
					return Result.failed(problems);
				}
				String quoted = text.substring(i + 1, close);
				cell.setLength(0);
				cell.append(quoted.replace("\"\"", "\""));
				i = close + 1;
				int after = i;
				while (after < length && (text.charAt(after) == ' ' || text.charAt(after) == '\t') && text.charAt(after) != delimiter) {
					after++;
				}
				if (after < length && text.charAt(after) != delimiter && text.charAt(after) != '\n' && text.charAt(after) != '\r') {
					problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MALFORMED_CSV, file, row, null, "Row " + row
							+ " has text after the closing quote of a cell (\"" + abbreviate(quoted) + "\" then '" + text.charAt(after)
							+ "'); a quote inside a quoted cell must be doubled (\"\")."));
					return Result.failed(problems);
				}
				i = after;
				continue;
			}
			if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				cells.add(cell.toString());
				cell.setLength(0);
				rows.add(new Row(row, List.copyOf(cells)));
				cells.clear();
				rowOpen = false;
				row++;
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else {
				cell.append(c);
			}
			i++;
		}
		if (rowOpen) {
			cells.add(cell.toString());
			rows.add(new Row(row, List.copyOf(cells)));
		}
		return Result.of(new Table(delimiter, rows), problems);
	}

	/** The delimiter the first line has most of outside quotes: comma, semicolon or tab (comma when none). */
	static char delimiter(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted) {
				comma += c == ',' ? 1 : 0;
				semicolon += c == ';' ? 1 : 0;
				tab += c == '\t' ? 1 : 0;
			}
		}
		if (semicolon > comma && semicolon >= tab) {
			return ';';
		}
		return tab > comma ? '\t' : ',';
	}

	private static int closingQuote(String text, int from) {
		int i = from;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return -1;
	}

	private static String abbreviate(String text) {
		return text.length() <= 20 ? text : text.substring(0, 17) + "...";
	}
}
