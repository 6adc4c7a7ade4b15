package org.framewright.survey.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows read back from a sheet, CSV file or Markdown table, the first being the header: cells by column name.
 *
 * @param header  the column names
 * @param records the other rows, each by column name
 */
record Table(List<String> header, List<Map<String, String>> records) {

	static Table of(List<List<String>> rows) {
		List<String> header = rows.get(0);
		List<Map<String, String>> records = rows.subList(1, rows.size()).stream().map(row -> {
			if (row.size() != header.size()) {
				throw new AssertionError("A row has " + row.size() + " cells under " + header.size() + " columns: " + row);
			}
			Map<String, String> record = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				record.put(header.get(i), row.get(i));
			}
			return record;
		}).toList();
		return new Table(header, records);
	}

	/** The column's cells, in row order. */
	List<String> column(String name) {
		if (!header.contains(name)) {
			throw new AssertionError("No column " + name + " in " + header);
		}
		return records.stream().map(r -> r.get(name)).toList();
	}

	/** The one row whose column holds the value. */
	Map<String, String> row(String column, String value) {
		List<Map<String, String>> found = records.stream().filter(r -> value.equals(r.get(column))).toList();
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " rows with " + column + " = " + value);
		}
		return found.get(0);
	}
}
