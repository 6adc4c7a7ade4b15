package org.framewright.survey.codebook;

import java.util.ArrayList;
import java.util.List;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.LanguageNames;
import org.framewright.survey.design.Section;
import org.framewright.survey.escape.MarkdownText;

/**
 * The printable codebook for ethics boards and appendices: the study, then per section a table of variable,
 * wording in each language, scale and reverse coding. Every researcher's text goes through {@link MarkdownText}.
 */
final class MarkdownCodebook {

	private MarkdownCodebook() {
	}

	static String markdown(Instrument instrument, List<CodebookEntry> entries) {
		StringBuilder out = new StringBuilder();
		out.append("# Codebook: ").append(MarkdownText.inline(instrument.title().base())).append("\n\n");
		out.append("Study: ").append(MarkdownText.inline(instrument.id())).append("  \n");
		out.append("Languages: ").append(String.join(", ", instrument.languages().stream().map(LanguageNames::withCode).toList())).append("  \n");
		out.append("Variables: ").append(entries.size()).append("\n\n");
		out.append("Variables are named as in the data. Reverse-coded items are worded as written and scored in reverse in analysis.\n");
		for (Section section : instrument.sections()) {
			section(out, instrument, section, entries.stream().filter(e -> e.section().equals(section)).toList());
		}
		return out.toString();
	}

	private static void section(StringBuilder out, Instrument instrument, Section section, List<CodebookEntry> entries) {
		out.append("\n## ").append(MarkdownText.inline(section.title().base())).append("\n\n");
		List<String> header = new ArrayList<>(List.of("Variable"));
		instrument.languages().forEach(language -> header.add("Wording (" + LanguageNames.english(language) + ")"));
		header.addAll(List.of("Scale", "Reverse coded"));
		row(out, header);
		row(out, header.stream().map(h -> "---").toList());
		for (CodebookEntry entry : entries) {
			List<String> cells = new ArrayList<>(List.of(MarkdownText.inline(entry.variable())));
			instrument.languages().forEach(language -> cells.add(MarkdownText.inline(entry.question().text().in(language, instrument.baseLanguage()))));
			cells.add(MarkdownText.inline(entry.scaleDescription()));
			cells.add(CodebookEntry.yesNo(entry.question().reversed()));
			row(out, cells);
		}
	}

	private static void row(StringBuilder out, List<String> cells) {
		out.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}
}
