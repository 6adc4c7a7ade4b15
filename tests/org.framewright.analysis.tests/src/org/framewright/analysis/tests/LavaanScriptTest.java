package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.analysis.escape.RText;
import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.testing.Rscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lavaan script as text and as R code that parses, with researcher's text that tries to break out. */
class LavaanScriptTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theScriptNamesEveryConstructItemAndHypothesisAndParses(String example) throws IOException {
		Framework framework = Frameworks.example(example);
		String script = script(framework);
		framework.getConstructs().forEach(construct -> assertTrue(script.contains("  " + construct.getName() + " =~ "), construct.getName()));
		framework.getConstructs().forEach(construct -> construct.getItems()
				.forEach(item -> assertTrue(script.contains("\"" + item.getName() + "\""), item.getName())));
		framework.getHypotheses().forEach(hypothesis -> assertTrue(script.contains("\"" + hypothesis.getName() + "\""), hypothesis.getName()));
		assertParses(script);
	}

	@Test
	void hostileTitlesAndStatementsStayInsideTheirStringsAndComments() throws IOException {
		String script = script(Frameworks.testFramework("hostile-titles.fwk"));
		assertParses(script);
		assertTrue(script.chars().allMatch(c -> c == '\n' || c >= 0x20), "no control character but line ends");
		for (String line : script.split("\n")) {
			assertTrue(!line.contains("q(status") || line.startsWith("#") || line.startsWith("statements <- "),
					"researcher's code appears only in comments and the statements vector: " + line);
		}
	}

	@Test
	void rStringLiteralsEscapeEverythingOutsidePrintableAscii() {
		assertEquals("\"a\\\"b\\\\c\\nd\\te\\u00E9\\U{1F600}\\u0007\"", RText.literal("a\"b\\c\nd\te\u00e9\uD83D\uDE00\u0007"));
		assertEquals("one two  three", RText.comment("one\ntwo\r\nthree"));
	}

	@Test
	void dataWithoutAColumnStopsWithTheColumnsNamed() throws IOException {
		Path script = write(Frameworks.example("sme-alliances.fwk"));
		Files.writeString(folder.resolve("data.csv"), "MO1,MO2,MO4,AL1,AL3,IP1,IP2,IP3,SIZE\n1,2,3,4,5,1,2,3,10\n");
		Rscript.Run run = Rscript.run(folder, script.getFileName().toString(), "data.csv", "10");
		assertNotEquals(0, run.exitCode(), run.output());
		assertTrue(run.output().contains("the data file lacks the columns: MO3, AL2"), run.output());
	}

	@Test
	void aCategoricalControlWithACodeTheFrameworkDoesNotListStopsWithTheColumnAndCodeNamed() throws IOException {
		Path script = write(Frameworks.testFramework("categorical-control.fwk"));
		Files.writeString(folder.resolve("data.csv"), "X1,X2,X3,Y1,Y2,Y3,SECTOR\n1,2,3,4,5,1,2\n2,3,4,5,1,2,7\n3,4,5,1,2,3,NA\n");
		Rscript.Run run = Rscript.run(folder, script.getFileName().toString(), "data.csv", "10");
		assertNotEquals(0, run.exitCode(), run.output());
		assertTrue(run.output().contains("the column SECTOR holds codes the framework does not list: 7"), run.output());
	}

	@Test
	void aCategoricalControlBecomesIndicatorsOfEveryChoiceButTheFirst() throws IOException {
		String script = script(Frameworks.testFramework("categorical-control.fwk"));
		assertTrue(script.contains("data[[\"SECTOR_2\"]] <- as.numeric(data[[\"SECTOR\"]] == 2)"), script);
		assertTrue(script.contains("data[[\"SECTOR_3\"]] <- as.numeric(data[[\"SECTOR\"]] == 3)"), script);
		assertTrue(script.contains("Y ~ p_X_Y*X + p_SECTOR_2_Y*SECTOR_2 + p_SECTOR_3_Y*SECTOR_3"), script);
		assertFalse(script.contains("*SECTOR\n"), "the codes themselves never enter as a number");
	}

	private Path write(Framework framework) throws IOException {
		List<GeneratedFile> files = new LavaanWriter().generate(framework);
		assertEquals(1, files.size());
		Path script = folder.resolve(files.get(0).relativePath());
		Files.write(script, files.get(0).content());
		return script;
	}

	private String script(Framework framework) throws IOException {
		return Files.readString(write(framework));
	}

	private void assertParses(String script) throws IOException {
		Path file = folder.resolve("parse-me.R");
		Files.writeString(file, script);
		Rscript.succeed(folder, "-e", "invisible(parse(file = \"parse-me.R\"))");
	}
}
