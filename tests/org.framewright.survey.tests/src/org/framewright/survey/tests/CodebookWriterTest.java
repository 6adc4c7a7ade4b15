package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.codebook.CodebookWriter;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.redcap.RedcapNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The codebook's CSV table: the variables of the instrument, in order, with every language and the REDCap names. */
class CodebookWriterTest {

	/** The codebook's files by name. */
	static Map<String, String> codebook(Instrument instrument) {
		List<GeneratedFile> files = new CodebookWriter().write(instrument, instrument.baseLanguage());
		String id = instrument.id();
		assertEquals(List.of(id + "-codebook.csv", id + "-codebook.xml", id + "-codebook.md"), files.stream().map(GeneratedFile::relativePath).toList());
		return Map.of("csv", text(files.get(0)), "xml", text(files.get(1)), "md", text(files.get(2)));
	}

	private static String text(GeneratedFile file) {
		return new String(file.content(), StandardCharsets.UTF_8);
	}

	static Instrument instrument(String framework) {
		return Frameworks.instrument(framework.equals("hostile.fwk") ? Frameworks.hostile() : Frameworks.example(framework));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void theTableListsTheInstrumentsVariablesInOrder(String framework) {
		Instrument instrument = instrument(framework);
		Table table = Table.of(Csv.parse(codebook(instrument).get("csv")));
		assertEquals(instrument.variables(), table.column("variable"));
		assertEquals(List.copyOf(RedcapNames.of(instrument).values()), table.column("redcap_name"));
		for (String language : instrument.languages()) {
			assertEquals(instrument.questions().stream().map(q -> q.text().in(language, instrument.baseLanguage())).toList(), table.column("wording_" + language));
		}
	}

	@Test
	void theExampleTableDescribesScalesReverseCodingAndKinds() {
		Table table = Table.of(Csv.parse(codebook(instrument("sme-alliances.fwk")).get("csv")));
		assertEquals(List.of("variable", "section", "construct", "wording_en", "scale", "value_labels", "range", "reverse_coded", "kind", "expected_answer",
				"required", "redcap_name"), table.header());
		Map<String, String> mo4 = table.row("variable", "MO4");
		assertEquals(List.of("MO", "Agree5", "1=Strongly disagree; 2=Disagree; 3=Neutral; 4=Agree; 5=Strongly agree", "yes", "likert", "yes", "mo4"),
				List.of(mo4.get("construct"), mo4.get("scale"), mo4.get("value_labels"), mo4.get("reverse_coded"), mo4.get("kind"), mo4.get("required"),
						mo4.get("redcap_name")));
		assertEquals(List.of("no", "numeric", "any number", ""),
				List.of(table.row("variable", "SIZE").get("reverse_coded"), table.row("variable", "SIZE").get("kind"), table.row("variable", "SIZE").get("range"),
						table.row("variable", "SIZE").get("construct")));
	}

	@Test
	void theHostileTableKeepsItsTextsExactly() {
		Instrument instrument = instrument("hostile.fwk");
		Table table = Table.of(Csv.parse(codebook(instrument).get("csv")));
		Map<String, String> hx1 = table.row("variable", "HX1");
		Question question = instrument.questions().get(0);
		assertEquals(question.text().base(), hx1.get("wording_en"));
		assertEquals("He said \"yes\"; she said 'no' \\ path C:\\temp <script>alert(1)</script> & ${expr} #{hash} `tick` %s {{mustache}}", hx1.get("wording_en"));
		assertEquals("\u4ed6\u8bf4\"\u662f\"\uff0c\u5979\u8bf4'\u4e0d' & ${expr}", hx1.get("wording_zh"));
		assertEquals("1=Strongly disagree; 2=Disagree \"a bit\"; 3=Neither <agree> nor disagree; 4=Agree & more; 5=Strongly agree ${x}", hx1.get("value_labels"));
		assertEquals(List.of("yes", "First line\nsecond line\ttabbed, with, commas", "Baris pertama\nbaris kedua"),
				List.of(table.row("variable", "HX2").get("reverse_coded"), table.row("variable", "HX2").get("wording_en"), table.row("variable", "HX2").get("wording_ms")));
		assertEquals(List.of("attention check", "2"), List.of(table.row("variable", "ATTN1").get("kind"), table.row("variable", "ATTN1").get("expected_answer")));
		assertEquals("1..100000 people", table.row("variable", "STAFF").get("range"));
	}
}
