package org.framewright.survey.codebook;

import java.util.ArrayList;
import java.util.List;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.escape.CsvText;

/**
 * The codebook as CSV, one row per variable: variable, section, construct, the wording in each language
 * (wording_en, wording_ms, ...), scale, value labels, range, reverse coding, kind, expected answer of an attention
 * check, required, REDCap name.
 */
final class CodebookTable {

	private CodebookTable() {
	}

	static String csv(Instrument instrument, List<CodebookEntry> entries) {
		List<String> header = new ArrayList<>(List.of("variable", "section", "construct"));
		instrument.languages().forEach(language -> header.add("wording_" + language));
		header.addAll(List.of("scale", "value_labels", "range", "reverse_coded", "kind", "expected_answer", "required", "redcap_name"));
		StringBuilder out = new StringBuilder(CsvText.line(header));
		for (CodebookEntry entry : entries) {
			out.append(CsvText.line(row(instrument, entry)));
		}
		return out.toString();
	}

	private static List<String> row(Instrument instrument, CodebookEntry entry) {
		List<String> row = new ArrayList<>(List.of(entry.variable(), entry.section().id(), entry.question().construct() == null ? "" : entry.question().construct()));
		instrument.languages().forEach(language -> row.add(entry.question().text().in(language, instrument.baseLanguage())));
		row.addAll(List.of(entry.question().scale().name(), entry.valueLabels(), entry.range(), CodebookEntry.yesNo(entry.question().reversed()),
				entry.kind(), entry.expectedAnswer(), CodebookEntry.yesNo(entry.question().required()), entry.redcapName()));
		return row;
	}
}
