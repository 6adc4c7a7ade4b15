package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.redcap.RedcapNames;
import org.framewright.survey.redcap.RedcapWriter;
import org.junit.jupiter.api.Test;

/** The REDCap data dictionary, read back with a strict CSV reader. */
class RedcapWriterTest {

	/** REDCap's data dictionary header, as REDCap exports it. */
	private static final List<String> HEADER = List.of("Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
			"Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number", "Text Validation Min",
			"Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)", "Required Field?", "Custom Alignment",
			"Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?", "Field Annotation");

	private static final String VARIABLE = HEADER.get(0);

	private static Table dictionary(Instrument instrument, String language) {
		List<GeneratedFile> files = new RedcapWriter().write(instrument, language);
		assertEquals(List.of(instrument.id() + "-redcap.csv"), files.stream().map(GeneratedFile::relativePath).toList());
		Table table = Table.of(Csv.parse(new String(files.get(0).content(), StandardCharsets.UTF_8)));
		assertEquals(HEADER, table.header());
		return table;
	}

	/** The REDCap names of the fields that hold the instrument's variables, in dictionary order. */
	private static List<String> dataFields(Table table) {
		return table.records().stream().filter(r -> !List.of("descriptive", "yesno").contains(r.get("Field Type")))
				.map(r -> r.get(VARIABLE)).filter(name -> !name.equals(RedcapNames.RECORD_ID)).toList();
	}

	@Test
	void theExampleIsOneFormOfMatricesAfterTheRecordId() {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		Table table = dictionary(instrument, "en");
		assertEquals(List.of("record_id", "intro", "consent"), table.column(VARIABLE).subList(0, 3));
		assertEquals(List.of("mo1", "mo2", "mo3", "mo4", "al1", "al2", "al3", "ip1", "ip2", "ip3", "size"), dataFields(table));
		assertEquals(List.of("smealliances"), table.column("Form Name").stream().distinct().toList());
		Map<String, String> mo1 = table.row(VARIABLE, "mo1");
		assertEquals(List.of("radio", "Market orientation", "mo", "y"),
				List.of(mo1.get("Field Type"), mo1.get("Section Header"), mo1.get("Matrix Group Name"), mo1.get("Required Field?")));
		assertEquals("1, Strongly disagree | 2, Disagree | 3, Neutral | 4, Agree | 5, Strongly agree", mo1.get(HEADER.get(5)));
		assertEquals("", table.row(VARIABLE, "mo2").get("Section Header"));
		assertEquals(List.of("mo", "mo", "mo", "mo", "al", "al", "al", "ip", "ip", "ip", ""),
				dataFields(table).stream().map(name -> table.row(VARIABLE, name).get("Matrix Group Name")).toList());
		Map<String, String> size = table.row(VARIABLE, "size");
		assertEquals(List.of("text", "number", "About you and your organisation"),
				List.of(size.get("Field Type"), size.get(HEADER.get(7)), size.get("Section Header")));
		assertEquals(List.of("yesno", "y"), List.of(table.row(VARIABLE, "consent").get("Field Type"), table.row(VARIABLE, "consent").get("Required Field?")));
	}

	@Test
	void hostileTextsSurviveInTheAskedLanguageOnly() {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		Map<String, String> names = RedcapNames.of(instrument);
		for (String language : instrument.languages()) {
			Table table = dictionary(instrument, language);
			assertEquals(List.copyOf(names.values()), dataFields(table));
			for (Question question : instrument.questions()) {
				assertEquals(question.text().in(language, "en"), table.row(VARIABLE, names.get(question.variable())).get("Field Label"));
			}
			assertEquals(instrument.introduction().base(), table.row(VARIABLE, "intro").get("Field Label"));
		}
		Table malay = dictionary(instrument, "ms");
		assertEquals("Dia berkata \"ya\" & <b>tidak</b> ${expr}", malay.row(VARIABLE, "hx1").get("Field Label"));
		assertEquals("Baris pertama\nbaris kedua", malay.row(VARIABLE, "hx2").get("Field Label"));
		assertEquals("Hostile \"construct\" <i>title</i>", malay.row(VARIABLE, "hx1").get("Section Header"));
		assertEquals("1, Strongly disagree | 2, Disagree \"a bit\" | 3, Neither <agree> nor disagree | 4, Agree & more | 5, Strongly agree ${x}",
				malay.row(VARIABLE, "hx1").get(HEADER.get(5)));
		assertEquals("1, Manufacturing & <industry> | 2, Services \"mixed\" | 3, Perkhidmatan (Malay) \u2014 \u670d\u52a1",
				malay.row(VARIABLE, "sector").get(HEADER.get(5)));
		Map<String, String> staff = malay.row(VARIABLE, "staff");
		assertEquals(List.of("integer", "1", "100000", "people"), List.of(staff.get(HEADER.get(7)), staff.get("Text Validation Min"),
				staff.get("Text Validation Max"), staff.get("Field Note")));
		assertEquals(List.of("hx", "ok", "ok"), List.of(malay.row(VARIABLE, "hx1").get("Matrix Group Name"), malay.row(VARIABLE, "ok1").get("Matrix Group Name"),
				malay.row(VARIABLE, "attn1").get("Matrix Group Name")));
	}

	@Test
	void variableNamesAreMadeLowerCaseUniqueAndValid() {
		Instrument instrument = Frameworks.instrument(Frameworks.parse("names.fwk", """
				framework Names "Names"
				construct N "N" reflective {
				    item X1 "Upper"
				    item x1 "Lower"
				    item RECORD_ID "Clashes with the record id"
				    item _9z "Starts with an underscore"
				}
				"""));
		assertEquals(Map.of("X1", "x1", "x1", "x1_2", "RECORD_ID", "record_id_2", "_9z", "v_9z"), RedcapNames.of(instrument));
		assertEquals(List.of("x1", "x1_2", "record_id_2", "v_9z"), dataFields(dictionary(instrument, "en")));
	}
}
