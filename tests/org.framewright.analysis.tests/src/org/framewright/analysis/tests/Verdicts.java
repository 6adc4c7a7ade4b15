package org.framewright.analysis.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verdicts and effects CSVs a lavaan script writes (R's write.csv: a header, quoted strings, NA for missing). */
final class Verdicts {

	/** One hypothesis's row. */
	record Verdict(String hypothesis, String parameter, String expected, double level, double estimate, double lower, double upper, double p,
			String verdict) {
	}

	/** One defined effect's row, with its 95% percentile interval. */
	record Effect(String parameter, String effect, double estimate, double lower, double upper) {
	}

	private Verdicts() {
	}

	/** The rows by hypothesis. */
	static Map<String, Verdict> read(Path file) throws IOException {
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (Map<String, String> row : rows(file)) {
			verdicts.put(row.get("hypothesis"), new Verdict(row.get("hypothesis"), row.get("parameter"), row.get("expected"),
					number(row.getOrDefault("level", "NA")), number(row.get("estimate")), number(row.get("ci_lower")), number(row.get("ci_upper")), number(row.get("p")), row.get("verdict")));
		}
		return verdicts;
	}

	/** The defined effects by parameter name. */
	static Map<String, Effect> readEffects(Path file) throws IOException {
		Map<String, Effect> effects = new LinkedHashMap<>();
		for (Map<String, String> row : rows(file)) {
			effects.put(row.get("parameter"), new Effect(row.get("parameter"), row.get("effect"), number(row.get("estimate")),
					number(row.get("ci_lower")), number(row.get("ci_upper"))));
		}
		return effects;
	}

	private static List<Map<String, String>> rows(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		List<String> header = fields(lines.get(0));
		List<Map<String, String>> rows = new java.util.ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> values = fields(line);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), values.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<String> fields(String line) {
		// The fields are names, numbers, verdict words and the designer's effect descriptions: none holds a comma or a quote.
		return List.of(line.split(",", -1)).stream().map(field -> field.replace("\"", "")).toList();
	}

	private static double number(String text) {
		return text.equals("NA") ? Double.NaN : Double.parseDouble(text);
	}
}
