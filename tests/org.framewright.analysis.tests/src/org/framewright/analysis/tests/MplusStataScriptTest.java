package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.framewright.analysis.escape.MplusText;
import org.framewright.analysis.escape.StataText;
import org.framewright.analysis.mplus.MplusWriter;
import org.framewright.analysis.stata.StataWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Mplus inputs and the Stata do-file: golden files for examples (a)-(d), and researcher's text that tries to break out. */
class MplusStataScriptTest {

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theMplusInputsMatchTheirGoldenFiles(String example) throws IOException {
		List<GeneratedFile> files = new MplusWriter().generate(Frameworks.example(example));
		assertEquals(2, files.size(), "the analysis and the CFA for reliability");
		for (GeneratedFile file : files) {
			Golden.assertMatches("mplus/" + file.relativePath(), text(file));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theStataDoFileMatchesItsGoldenFile(String example) throws IOException {
		GeneratedFile file = generate(new StataWriter(), Frameworks.example(example));
		Golden.assertMatches("stata/" + file.relativePath(), text(file));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void bothNameEveryConstructItemAndHypothesis(String example) {
		Framework framework = Frameworks.example(example);
		String mplus = text(new MplusWriter().generate(framework).get(0));
		String stata = text(generate(new StataWriter(), framework));
		framework.getConstructs().forEach(construct -> {
			assertTrue(Pattern.compile("(?m)^  \\S+ BY ").matcher(mplus).find());
			assertTrue(mplus.contains("  " + construct.getName() + " BY") || mplus.contains(" = " + construct.getName() + "\n"), construct.getName());
			assertTrue(stata.contains("(" + construct.getName() + " -> ") || stata.contains(construct.getName() + ": "), construct.getName());
			construct.getItems().forEach(item -> {
				assertTrue(mplus.contains(" " + item.getName()), item.getName());
				assertTrue(stata.contains("confirm variable " + item.getName().toLowerCase() + ", exact"), item.getName());
			});
		});
		framework.getHypotheses().forEach(hypothesis -> {
			assertTrue(mplus.contains("! " + hypothesis.getName() + " - parameter "), hypothesis.getName());
			assertTrue(stata.contains("// " + hypothesis.getName() + ":"), hypothesis.getName());
		});
	}

	@Test
	void hostileTitlesCannotBreakTheMplusInputs() {
		List<GeneratedFile> files = new MplusWriter().generate(Frameworks.testFramework("hostile-titles.fwk"));
		assertEquals(2, files.size(), "the analysis and the CFA for reliability");
		files.forEach(file -> assertMplusInputIsInert(text(file)));
	}

	private static void assertMplusInputIsInert(String mplus) {
		assertTrue(mplus.chars().allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f), "printable ASCII and line ends only");
		List<String> lines = mplus.lines().toList();
		for (String line : lines) {
			assertTrue(line.length() <= MplusText.MAX_LINE, "at most 90 characters: " + line);
		}
		int title = lines.indexOf("TITLE:");
		int data = lines.indexOf("DATA:");
		assertTrue(title == 0 && data > title, "the title comes first and DATA follows it");
		for (String line : lines.subList(title + 1, data).stream().filter(line -> !line.startsWith("!")).toList()) {
			assertFalse(line.contains(";") || line.contains(":") || line.contains("\""), "a title line ends no statement and starts no command: " + line);
		}
		for (String line : lines) {
			String code = line.contains("!") ? line.substring(0, line.indexOf('!')) : line;
			assertEquals(0, code.chars().filter(c -> c == '"').count() % 2, "balanced quotes: " + line);
			assertFalse(code.contains("q(status"), "researcher's text only in the title and comments: " + line);
		}
	}

	@Test
	void hostileTitlesCannotBreakTheStataDoFile() {
		String stata = text(generate(new StataWriter(), Frameworks.testFramework("hostile-titles.fwk")));
		assertTrue(stata.chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)), "no control character but line ends");
		for (String line : stata.lines().toList()) {
			if (line.startsWith("//")) {
				String rest = line.substring(2);
				assertFalse(rest.contains("//") || rest.contains("/*") || rest.contains("*/") || rest.contains("`") || rest.contains("$")
						|| rest.contains("\""), "a comment that cannot end early or expand a macro: " + line);
			} else {
				assertFalse(line.contains("q(status") || line.contains("pwned"), "researcher's text only in comments: " + line);
				assertEquals(count(line, "`\""), count(line, "\"'"), "balanced compound quotes: " + line);
			}
		}
	}

	@Test
	void stataStringsAreCompoundQuotedPiecesWithTheDangerousCharactersAsChar() {
		assertEquals("`\"a\"' + char(96) + `\"b\"' + char(39) + char(36) + `\"x\"' + char(34) + char(92)", StataText.literal("a`b'$x\"\\"));
		assertEquals("`\"\"'", StataText.literal(null));
		assertEquals("a/ /b / * c * / d\u2019 (dollar)x", StataText.comment("a//b /* c */ d` $x"));
	}

	@Test
	void mplusTitleLinesAreShortAndInert() {
		List<String> lines = MplusText.titleLines("DATA: x; y ! z \"q\"\n" + "w".repeat(200));
		lines.forEach(line -> assertTrue(line.length() <= 90, line));
		assertEquals("  DATA - x, y . z 'q'", lines.get(0));
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}

	private static GeneratedFile generate(FrameworkGenerator writer, Framework framework) {
		List<GeneratedFile> files = writer.generate(framework);
		assertEquals(1, files.size());
		return files.get(0);
	}

	private static String text(GeneratedFile file) {
		return new String(file.content(), StandardCharsets.UTF_8);
	}
}
