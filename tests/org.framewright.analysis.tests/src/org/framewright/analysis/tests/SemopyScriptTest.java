package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.framewright.analysis.escape.PythonText;
import org.framewright.analysis.semopy.SemopyWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The semopy script: golden files for the examples, every name present, and Python that parses whatever the titles. */
class SemopyScriptTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theScriptMatchesItsGoldenFileNamesEverythingAndParses(String example) throws IOException, InterruptedException {
		Framework framework = Frameworks.example(example);
		GeneratedFile file = generate(framework);
		String script = new String(file.content(), StandardCharsets.UTF_8);
		Golden.assertMatches("semopy/" + file.relativePath(), script);
		framework.getConstructs().forEach(construct -> assertTrue(script.contains("\"" + construct.getName() + " =~ "), construct.getName()));
		framework.getConstructs().forEach(construct -> construct.getItems()
				.forEach(item -> assertTrue(script.contains("\"" + item.getName() + "\""), item.getName())));
		framework.getHypotheses().forEach(hypothesis -> assertTrue(script.contains("(\"" + hypothesis.getName() + "\", "), hypothesis.getName()));
		assertParses(script);
	}

	@Test
	void hostileTitlesAndStatementsStayInsideTheirStringsAndComments() throws IOException, InterruptedException {
		String script = new String(generate(Frameworks.testFramework("hostile-titles.fwk")).content(), StandardCharsets.UTF_8);
		assertParses(script);
		assertTrue(script.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f) || c > 0x9f), "no control character but line ends");
		for (String line : script.split("\n")) {
			assertTrue(!line.contains("q(status") || line.startsWith("#") || line.startsWith("    \""),
					"researcher's text appears only in comments and string literals: " + line);
		}
	}

	@Test
	void pythonStringLiteralsEscapeEverythingOutsidePrintableAscii() {
		assertEquals("\"a\\\"b\\\\c\\nd\\te\\u00E9\\U0001F600\\u0007\\uFFFD\"", PythonText.literal("a\"b\\c\nd\te\u00e9\uD83D\uDE00\u0007\uD800"));
		assertEquals("one two  three", PythonText.comment("one\ntwo\r\nthree"));
	}

	private GeneratedFile generate(Framework framework) {
		List<GeneratedFile> files = new SemopyWriter().generate(framework);
		assertEquals(1, files.size());
		return files.get(0);
	}

	/** Python's own parser reads the script: ast.parse, no semopy needed. */
	private void assertParses(String script) throws IOException, InterruptedException {
		Path file = folder.resolve("parse_me.py");
		Files.writeString(file, script, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder("python3", "-c", "import ast,sys; ast.parse(open(sys.argv[1], encoding='utf-8').read())", file.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
		assertEquals(0, process.exitValue(), output);
	}
}
