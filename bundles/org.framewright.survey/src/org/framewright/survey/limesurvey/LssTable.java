package org.framewright.survey.limesurvey;

import java.util.ArrayList;
import java.util.List;

import org.framewright.survey.escape.XmlText;

/**
 * One table of a LimeSurvey structure file: {@code <name><fields><fieldname>...</fields><rows><row><field>value</field>
 * ...</row></rows></name>}. Every value goes through {@link XmlText}; an empty value is written as an empty element.
 */
final class LssTable {

	private final String name;
	private final List<String> fields;
	private final List<List<String>> rows = new ArrayList<>();

	LssTable(String name, String... fields) {
		this.name = name;
		this.fields = List.of(fields);
	}

	/** Adds a row: one value per field, in the fields' order. */
	void add(Object... values) {
		if (values.length != fields.size()) {
			throw new IllegalArgumentException(name + " has " + fields.size() + " fields, not " + values.length);
		}
		List<String> row = new ArrayList<>();
		for (Object value : values) {
			row.add(value == null ? "" : value.toString());
		}
		rows.add(row);
	}

	/** Writes the table (nothing if it has no rows, as LimeSurvey's own export does). */
	void write(StringBuilder out) {
		if (rows.isEmpty()) {
			return;
		}
		out.append(" <").append(name).append(">\n  <fields>\n");
		for (String field : fields) {
			out.append("   <fieldname>").append(field).append("</fieldname>\n");
		}
		out.append("  </fields>\n  <rows>\n");
		for (List<String> row : rows) {
			out.append("   <row>\n");
			for (int i = 0; i < fields.size(); i++) {
				String field = fields.get(i);
				String value = row.get(i);
				out.append("    <").append(field);
				out.append(value.isEmpty() ? "/>\n" : ">" + XmlText.escape(value) + "</" + field + ">\n");
			}
			out.append("   </row>\n");
		}
		out.append("  </rows>\n </").append(name).append(">\n");
	}
}
