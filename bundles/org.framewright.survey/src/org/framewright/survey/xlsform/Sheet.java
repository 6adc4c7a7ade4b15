package org.framewright.survey.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One worksheet of the form: a header row of column names, then rows that fill some of those columns. */
final class Sheet {

	/** One row: a value under some of the sheet's columns. */
	final class Row {

		private final Map<String, String> values = new HashMap<>();

		Row put(String column, String value) {
			if (!columns.contains(column)) {
				throw new IllegalArgumentException("The " + name + " sheet has no column " + column);
			}
			values.put(column, value);
			return this;
		}
	}

	private final String name;
	private final List<String> columns;
	private final List<Row> rows = new ArrayList<>();

	Sheet(String name, List<String> columns) {
		this.name = name;
		this.columns = List.copyOf(columns);
	}

	/** A new, empty row at the end. */
	Row row() {
		Row row = new Row();
		rows.add(row);
		return row;
	}

	String name() {
		return name;
	}

	List<String> columns() {
		return columns;
	}

	/** The cells of each row in column order, empty where a row has no value. */
	List<List<String>> cells() {
		return rows.stream().map(row -> columns.stream().map(column -> row.values.getOrDefault(column, "")).toList()).toList();
	}
}
