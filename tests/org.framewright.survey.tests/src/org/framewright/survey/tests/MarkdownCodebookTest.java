package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The printable Markdown codebook, read back as GitHub splits its tables: no text may add or remove a cell, format,
 * link or open HTML, and every text reads back exactly.
 */
class MarkdownCodebookTest {

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void eachSectionIsATableOfItsVariablesWithExactWording(String framework) {
		Instrument instrument = CodebookWriterTest.instrument(framework);
		String markdown = CodebookWriterTest.codebook(instrument).get("md");
		List<Table> tables = MarkdownTables.parse(markdown);
		assertEquals(instrument.sections().size(), tables.size());
		assertEquals(instrument.variables(), tables.stream().flatMap(t -> t.column("Variable").stream()).toList());
		List<String> headings = markdown.lines().filter(l -> l.startsWith("## ")).map(MarkdownTables::heading).toList();
		assertEquals(instrument.sections().stream().map(s -> s.title().base()).toList(), headings);
		for (int s = 0; s < tables.size(); s++) {
			Section section = instrument.sections().get(s);
			for (int q = 0; q < section.questions().size(); q++) {
				Question question = section.questions().get(q);
				assertEquals(question.text().base(), tables.get(s).records().get(q).get("Wording (English)"), question.variable());
				assertEquals(question.reversed() ? "yes" : "no", tables.get(s).records().get(q).get("Reverse coded"));
			}
		}
	}

	@Test
	void tableMetacharactersAndLineBreaksAreEscaped() {
		String nasty = "a | b \\| c \\\\ d\nnext *bold* _it_ <b>x</b> &amp; `code` $x$ [l](u) ~s~ ^s^ {a} #h\r\nend";
		Instrument instrument = Frameworks.instrument(Frameworks.parse("markdown.fwk", """
				framework Markdown "Markdown"
				construct M "Pipes | and *stars*" reflective {
				    item M1 "%s"
				    item M2 "Second"
				    item M3 "Third"
				}
				""".formatted(nasty.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))));
		String markdown = CodebookWriterTest.codebook(instrument).get("md");
		Table table = MarkdownTables.parse(markdown).get(0);
		assertEquals(List.of("Variable", "Wording (English)", "Scale", "Reverse coded"), table.header());
		assertEquals(nasty.replace("\r\n", "\n"), table.row("Variable", "M1").get("Wording (English)"));
		assertEquals("Pipes | and *stars*", markdown.lines().filter(l -> l.startsWith("## ")).map(MarkdownTables::heading).findFirst().orElseThrow());
	}
}
