package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.framewright.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never crashes the command line: each file of the corpus, and two large files generated here, gives
 * diagnostics naming file:line:col and exit code 1, and no exception or stack trace reaches the user, neither in
 * this JVM nor in a real process started as the {@code framewright} script starts it.
 */
class BadInputTest {

	/** The committed corpus, each with the line its (first) error must name. */
	private static final List<Arguments> CORPUS = List.of(
			Arguments.of("empty.fwk", 1), // nothing at all
			Arguments.of("truncated.fwk", 16), // example (a) cut in the middle of construct MO
			Arguments.of("binary-garbage.fwk", 1), // the start of a gzip stream
			Arguments.of("unterminated-string.fwk", 13), // the title of IP is never closed
			Arguments.of("unknown-keyword.fwk", 12), // 'variable' instead of 'construct'
			Arguments.of("invalid-utf8.fwk", 6), // a Latin-1 byte
			Arguments.of("unknown-scale.fwk", 2)); // a scale never declared

	/** How many comment openers the nested-comment file stacks up. */
	static final int NESTED_COMMENTS = 10_000;

	/** The size the large file reaches at least. */
	static final int LARGE_FILE_BYTES = 5 * 1024 * 1024;

	@TempDir
	static Path generated;

	static Path nestedComments;
	static int nestedCommentsErrorLine;
	static Path nestedCommentsOnOneLine;
	static Path largeFile;
	static int largeFileErrorLine;

	/**
	 * Writes the generated part of the corpus (too large to commit).
	 * <p>
	 * A framework header, then ten thousand comment openers, one per line, then text, then ten thousand closers,
	 * then constructs and a hypothesis: comments do not nest in the language, so the lexer reads one comment of
	 * 10,002 lines up to the first closer, and the parser meets 19,998 stray '*' and '/' tokens after the header it
	 * must recover from; the first stray one is on line 10,005 (2 header lines, the openers, the text, the closer).
	 * <p>
	 * Five megabytes: a valid framework of several thousand constructs with ten items each and a chain of
	 * hypotheses through them, ending in one line that is not the language, so that the file is read, linked and
	 * checked in full and the error is reported on its last line.
	 */
	@BeforeAll
	static void generateLargeInputs() throws IOException {
		nestedComments = generated.resolve("nested-comments.fwk");
		StringBuilder text = new StringBuilder();
		text.append("framework AroundComments \"A framework around ten thousand comment openers\"\n");
		text.append("scale Agree5 likert 5\n");
		text.append("/*\n".repeat(NESTED_COMMENTS));
		text.append("text inside ten thousand comment openers\n");
		text.append("*/\n".repeat(NESTED_COMMENTS));
		text.append("construct A \"A\" scale Agree5 { item A1 \"One\" item A2 \"Two\" item A3 \"Three\" }\n");
		text.append("construct B \"B\" scale Agree5 { item B1 \"One\" item B2 \"Two\" item B3 \"Three\" }\n");
		text.append("hypothesis H1: A -> B positive\n");
		Files.writeString(nestedComments, text, StandardCharsets.UTF_8);
		nestedCommentsErrorLine = 2 + NESTED_COMMENTS + 3;

		// The same soup without line breaks, on line 3: "/*/*/" is already a whole comment there, so the lexer
		// alternates between comments and stray tokens along one 40,000-character line.
		nestedCommentsOnOneLine = generated.resolve("nested-comments-one-line.fwk");
		Files.writeString(nestedCommentsOnOneLine, "framework OneLine \"Comment soup on one line\"\nscale Agree5 likert 5\n"
				+ "/*".repeat(NESTED_COMMENTS) + " text " + "*/".repeat(NESTED_COMMENTS) + "\n", StandardCharsets.UTF_8);

		largeFile = generated.resolve("five-megabytes.fwk");
		int lines = 0;
		try (Writer out = Files.newBufferedWriter(largeFile, StandardCharsets.UTF_8)) {
			out.write("framework FiveMegabytes \"A generated framework of five megabytes\"\n");
			out.write("scale Agree5 likert 5\n");
			lines += 2;
			long written = 0;
			for (int c = 0; written < LARGE_FILE_BYTES; c++) {
				StringBuilder construct = new StringBuilder();
				construct.append("construct C").append(c).append(" \"Construct ").append(c).append("\" scale Agree5 {\n");
				for (int i = 0; i < 10; i++) {
					construct.append("    item C").append(c).append('I').append(i).append(" \"Item ").append(i).append(" of construct ")
							.append(c).append(": our firm does what this statement describes.\"\n");
				}
				construct.append("}\n");
				lines += 12;
				if (c > 0) {
					construct.append("hypothesis H").append(c).append(": C").append(c - 1).append(" -> C").append(c).append(" positive\n");
					lines++;
				}
				out.write(construct.toString());
				written += construct.length();
			}
			out.write("this line is not the language\n");
			lines++;
		}
		largeFileErrorLine = lines;
		assertTrue(Files.size(largeFile) >= LARGE_FILE_BYTES);
	}

	static Stream<Arguments> corpus() {
		return CORPUS.stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void corpusFileGivesDiagnosticsNotACrash(String name, int line) {
		assertBadInputReported(Cli.run("validate", Cli.CORPUS.resolve(name).toString()), Cli.CORPUS.resolve(name).toString(), line);
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void corpusFileGivesDiagnosticsNotACrashInARealProcess(String name, int line) throws Exception {
		String file = Cli.CORPUS.resolve(name).toString();
		assertBadInputReported(Cli.runProcess(Path.of(""), "validate", file), file, line);
	}

	@Test
	void tenThousandNestedComments() {
		assertBadInputReported(Cli.run("validate", nestedComments.toString()), nestedComments.toString(), nestedCommentsErrorLine);
	}

	@Test
	void tenThousandNestedCommentsInARealProcess() throws Exception {
		assertBadInputReported(Cli.runProcess(Path.of(""), "validate", nestedComments.toString()), nestedComments.toString(),
				nestedCommentsErrorLine);
	}

	@Test
	void tenThousandNestedCommentsOnOneLine() throws Exception {
		String file = nestedCommentsOnOneLine.toString();
		assertBadInputReported(Cli.run("validate", file), file, 3);
		assertBadInputReported(Cli.runProcess(Path.of(""), "validate", file), file, 3);
	}

	@Test
	void fiveMegabytes() {
		assertBadInputReported(Cli.run("validate", largeFile.toString()), largeFile.toString(), largeFileErrorLine);
	}

	@Test
	void fiveMegabytesInARealProcess() throws Exception {
		assertBadInputReported(Cli.runProcess(Path.of(""), "validate", largeFile.toString()), largeFile.toString(), largeFileErrorLine);
	}

	@Test
	void corpusAsJson() {
		for (Arguments arguments : CORPUS) {
			Cli.Result result = Cli.run("validate", "--format", "json", Cli.CORPUS.resolve((String) arguments.get()[0]).toString());
			assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
			assertTrue(com.google.gson.JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("files").get(0)
					.getAsJsonObject().get("errors").getAsInt() > 0, result::toString);
			Cli.assertNoStackTrace(result);
		}
	}

	/** An unknown reference is reported once, by the linker, in the language's words; never as EMF's unresolved proxy. */
	@Test
	void anUnknownReferenceIsOneErrorNamingWhatIsMissing() {
		String file = Cli.CORPUS.resolve("unknown-scale.fwk").toString();
		Cli.Result result = Cli.run("validate", file);
		assertEquals(List.of(file + ":2:23: error: fw.unresolved-reference No scale named 'Nope' is declared in this framework."),
				result.outLines().stream().filter(line -> line.contains(": error: ")).toList(), result::toString);
		assertTrue(result.out().lines().noneMatch(line -> line.contains("proxy")), result::toString);
	}

	private static void assertBadInputReported(Cli.Result result, String file, int line) {
		assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
		Cli.assertNoStackTrace(result);
		Cli.assertProblemLinesOnly(result);
		Pattern error = Pattern.compile("^" + Pattern.quote(file) + ":" + line + ":\\d+: error: fw\\.[a-z-]+ .+$");
		assertTrue(result.outLines().stream().anyMatch(l -> error.matcher(l).matches()),
				() -> "no error at " + file + ":" + line + ":<col>\n" + result);
	}
}
