package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright survey}: every format from the command line, options, and usage errors. */
class SurveyCommandTest {

	private static final String ALLIANCES = Cli.EXAMPLES.resolve("sme-alliances.fwk").toString();

	/** What --format all writes for example (a). */
	static final List<String> ALL_FILES = List.of("SmeAlliances-questionnaire.html", "SmeAlliances-surveyjs.json", "SmeAlliances.lss",
			"SmeAlliances-xlsform.xlsx", "SmeAlliances-redcap.csv", "SmeAlliances.qsf", "SmeAlliances-codebook.csv", "SmeAlliances-codebook.xml",
			"SmeAlliances-codebook.md");

	@TempDir
	Path output;

	@Test
	void allFormatsIntoAFolder() throws Exception {
		Cli.Result result = Cli.run("survey", ALLIANCES, "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		for (String file : ALL_FILES) {
			assertTrue(Files.size(output.resolve(file)) > 200, file);
		}
		String codebook = Files.readString(output.resolve("SmeAlliances-codebook.csv"));
		assertTrue(codebook.contains("MO4"), "the codebook lists the item codes");
	}

	@Test
	void oneFormatWithOptions() throws Exception {
		Cli.Result result = Cli.run("survey", ALLIANCES, "--format", "surveyjs", "--randomize", "--attention-checks", "2", "--title",
				"Exporters' survey", "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		String json = Files.readString(output.resolve("SmeAlliances-surveyjs.json"));
		assertTrue(json.contains("Exporters' survey"), json);
		assertTrue(json.contains("ATTN1") && json.contains("ATTN2"), "two attention checks");
		assertFalse(Files.exists(output.resolve("SmeAlliances.lss")), "only the format asked for");
	}

	@Test
	void theSameFrameworkGivesTheSameBytes() throws Exception {
		assertEquals(Main.OK, Cli.run("survey", ALLIANCES, "-o", output.resolve("a").toString()).exit());
		assertEquals(Main.OK, Cli.run("survey", ALLIANCES, "-o", output.resolve("b").toString()).exit());
		for (String file : ALL_FILES) {
			if (file.endsWith(".xlsx")) {
				continue; // the workbook records when it was made (docProps/core.xml, and the XLSForm version)
			}
			assertArrayEquals(Files.readAllBytes(output.resolve("a").resolve(file)), Files.readAllBytes(output.resolve("b").resolve(file)), file);
		}
	}

	@Test
	void aLanguageWithoutTranslationsIsRefused() throws Exception {
		Cli.Result result = Cli.run("survey", ALLIANCES, "--lang", "xx", "-o", output.toString());
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("no language 'xx'") && result.err().contains("en"), result.err());
		assertTrue(Files.notExists(output) || Files.list(output).findAny().isEmpty(), "nothing written");
	}

	@Test
	void aFrameworkWithoutQuestionsHasNoQuestionnaire() throws Exception {
		Cli.Result result = Cli.run("survey", Cli.EXAMPLES.resolve("review-ado.fwk").toString(), "-o", output.toString());
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("no items and no controls"), result.err());
	}

	@Test
	void usageErrors() {
		assertEquals(Main.USAGE, Cli.run("survey", ALLIANCES, "--format", "pdf", "-o", output.toString()).exit());
		assertEquals(Main.USAGE, Cli.run("survey", ALLIANCES, "--attention-checks", "many", "-o", output.toString()).exit());
		assertEquals(Main.USAGE, Cli.run("survey", ALLIANCES, "--sections", "pages", "-o", output.toString()).exit());
		assertEquals(Main.USAGE, Cli.run("survey", ALLIANCES).exit());
	}
}
