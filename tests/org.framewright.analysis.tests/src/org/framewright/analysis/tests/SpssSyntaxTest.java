package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.framewright.analysis.escape.SpssText;
import org.framewright.analysis.spss.SpssWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPSS syntax: golden files for the examples, every name present, and commands whatever the titles. */
class SpssSyntaxTest {

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theSyntaxMatchesItsGoldenFileNamesEverythingAndIsWellFormed(String example) throws IOException {
		Framework framework = Frameworks.example(example);
		GeneratedFile file = generate(framework);
		String syntax = new String(file.content(), StandardCharsets.UTF_8);
		Golden.assertMatches("spss/" + file.relativePath(), syntax);
		framework.getConstructs().forEach(construct -> assertTrue(syntax.contains("COMPUTE " + construct.getName() + " = MEAN("), construct.getName()));
		framework.getConstructs().forEach(construct -> construct.getItems()
				.forEach(item -> assertTrue(syntax.contains("    " + item.getName() + " F8.2"), item.getName())));
		framework.getHypotheses().forEach(hypothesis -> assertTrue(syntax.matches("(?s).*\\b" + hypothesis.getName() + "\\b.*"), hypothesis.getName()));
		assertWellFormed(syntax);
	}

	@Test
	void theExamplesMapOntoTheirProcessModels() throws IOException {
		assertTrue(syntax("serial-mediation.fwk").contains("PROCESS y=EP/x=EO/m=OL IC/model=6/boot=5000/seed="));
		assertTrue(syntax("eo-performance-moderation.fwk").contains("PROCESS y=IP/x=EO/w=AL/moments=1/cov=SIZE AGE/model=1/boot=5000/seed="));
	}

	@Test
	void hostileTitlesAndStatementsCannotBreakTheSyntax() throws IOException {
		String syntax = syntax(Frameworks.testFramework("hostile-titles.fwk"));
		assertWellFormed(syntax);
		assertTrue(syntax.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f) || c > 0x9f), "no control character but line ends");
	}

	@Test
	void spssCommentsAndStringsStayOnOneLine() {
		assertEquals("\"a \"\"b\"\" c\"", SpssText.literal("a \"b\"\nc"));
		assertEquals(List.of("* one two three. .", "* .", "* x ."), List.of(SpssText.comment("one\ntwo\r\nthree.").get(0), SpssText.comment("").get(0),
				SpssText.comment(" x ").get(0)));
	}

	private String syntax(String example) throws IOException {
		return syntax(Frameworks.example(example));
	}

	private String syntax(Framework framework) {
		return new String(generate(framework).content(), StandardCharsets.UTF_8);
	}

	private GeneratedFile generate(Framework framework) {
		List<GeneratedFile> files = new SpssWriter().generate(framework);
		assertEquals(1, files.size());
		return files.get(0);
	}

	/**
	 * Every command ends with a period at the end of its last line, every comment is one line ending in a period,
	 * every line is shorter than SPSS's 256 bytes, and double-quoted strings close on their own line.
	 */
	private static void assertWellFormed(String syntax) {
		boolean inCommand = false;
		for (String line : syntax.split("\n", -1)) {
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length < 256, "line too long: " + line);
			if (line.isBlank()) {
				assertTrue(!inCommand, "a blank line inside a command");
				continue;
			}
			if (line.startsWith("*")) {
				assertTrue(!inCommand, "a comment inside a command: " + line);
				assertTrue(line.endsWith("."), "a comment not ending with a period: " + line);
				continue;
			}
			assertEquals(0, line.replaceAll("'[^']*'", "").replace("\"\"", "").chars().filter(c -> c == '"').count() % 2 == 0 ? 0 : 1,
					"an unclosed string: " + line);
			inCommand = !line.endsWith(".");
		}
		assertTrue(!inCommand, "the last command does not end with a period");
	}
}
