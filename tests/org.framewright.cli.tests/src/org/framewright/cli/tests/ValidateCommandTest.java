package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code framewright validate} on the real examples: exit codes, findings, and the text and JSON formats.
 */
class ValidateCommandTest {

	private static final String PARTNERSHIPS = example("sme-partnerships.fwk");

	static String example(String name) {
		return Cli.EXAMPLES.resolve(name).toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk", "review-ado.fwk" })
	void cleanExamplesReportNothing(String name) {
		Cli.Result result = Cli.run("validate", example(name));
		assertEquals(Main.OK, result.exit(), result::toString);
		assertEquals("", result.out(), result::toString);
		assertEquals("1 file: 0 errors, 0 warnings, 0 information messages", result.err().strip(), result::toString);
	}

	@Test
	void partnershipsReportsExactlyTheFindingsOfTheDesign() throws Exception {
		Cli.Result result = Cli.run("validate", PARTNERSHIPS);
		assertEquals(Main.OK, result.exit(), "warnings alone do not fail validation\n" + result);
		Cli.assertProblemLinesOnly(result);
		assertEquals(List.of("fw.mediation-path-not-hypothesised", "fw.mediation-path-not-hypothesised",
				"fw.mediation-path-not-hypothesised", "fw.mediation-path-not-hypothesised", "fw.sample-too-small-for-parameters",
				"fw.too-few-items"), result.codes().stream().sorted().toList(), result::toString);

		Path file = Path.of(PARTNERSHIPS);
		List<String> problems = result.problemsOf(PARTNERSHIPS);
		assertTrue(problems.stream().allMatch(p -> p.contains(": warning: ")), result::toString);
		int sample = Cli.lineOf(file, "sample 152");
		int kt = Cli.lineOf(file, "construct KT ");
		int h4 = Cli.lineOf(file, "hypothesis H4:");
		int h5 = Cli.lineOf(file, "hypothesis H5:");
		assertEquals(List.of(sample, kt, h4, h4, h5, h5), problems.stream().map(p -> Integer.parseInt(p.substring(0, p.indexOf(':')))).toList(),
				"each finding on the line of what it is about\n" + result);
		assertTrue(problems.get(1).contains("fw.too-few-items") && problems.get(1).contains("'KT'"), result::toString);
		assertTrue(problems.get(0).contains("152") && problems.get(0).contains("43 free parameters"), result::toString);
		for (String path : List.of("SP -> KT", "KT -> IS", "A -> KT")) {
			assertTrue(problems.stream().anyMatch(p -> p.contains("fw.mediation-path-not-hypothesised") && p.contains(path)),
					() -> "no finding names the unstated path " + path + "\n" + result);
		}
		assertEquals("1 file: 0 errors, 6 warnings, 0 information messages", result.err().strip(), result::toString);
	}

	@Test
	void severalFilesAtOnce() {
		Cli.Result result = Cli.run("validate", example("sme-alliances.fwk"), PARTNERSHIPS, example("review-ado.fwk"));
		assertEquals(Main.OK, result.exit(), result::toString);
		Cli.assertProblemLinesOnly(result);
		assertEquals(6, result.problemsOf(PARTNERSHIPS).size(), result::toString);
		assertEquals(6, result.outLines().size(), result::toString);
		assertEquals("3 files: 0 errors, 6 warnings, 0 information messages", result.err().strip(), result::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk",
			"review-ado.fwk" })
	void jsonFormatIsValidJsonWithTheSameProblems(String name) {
		String file = example(name);
		Cli.Result text = Cli.run("validate", file);
		Cli.Result json = Cli.run("validate", file, "--format", "json");
		assertEquals(text.exit(), json.exit(), json::toString);

		JsonObject document = JsonParser.parseString(json.out()).getAsJsonObject();
		JsonArray files = document.getAsJsonArray("files");
		assertEquals(1, files.size(), json::toString);
		JsonObject report = files.get(0).getAsJsonObject();
		assertEquals(file, report.get("file").getAsString());
		List<String> problems = new ArrayList<>();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (JsonElement element : report.getAsJsonArray("problems")) {
			JsonObject problem = element.getAsJsonObject();
			String severity = problem.get("severity").getAsString();
			problems.add(problem.get("line").getAsInt() + ":" + problem.get("column").getAsInt() + ": " + severity + ": "
					+ problem.get("code").getAsString() + " " + problem.get("message").getAsString());
			errors += severity.equals("error") ? 1 : 0;
			warnings += severity.equals("warning") ? 1 : 0;
			infos += severity.equals("info") ? 1 : 0;
		}
		assertEquals(text.problemsOf(file), problems, "the JSON lists the problems of the text output\n" + json);
		assertEquals(errors, report.get("errors").getAsInt());
		assertEquals(warnings, report.get("warnings").getAsInt());
		assertEquals(infos, report.get("infos").getAsInt());
		assertEquals(name.equals("sme-partnerships.fwk") ? 6 : 0, problems.size(), json::toString);
	}

	@Test
	void jsonOfSeveralFilesIsOneDocument() {
		Cli.Result json = Cli.run("validate", "--format", "json", example("sme-alliances.fwk"), PARTNERSHIPS);
		JsonArray files = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("files");
		assertEquals(2, files.size(), json::toString);
		assertEquals(0, files.get(0).getAsJsonObject().getAsJsonArray("problems").size());
		assertEquals(6, files.get(1).getAsJsonObject().getAsJsonArray("problems").size());
	}

	@Test
	void missingFileIsAUsageError() {
		Cli.Result result = Cli.run("validate", example("no-such-framework.fwk"));
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("no-such-framework.fwk"), result::toString);
		Cli.assertNoStackTrace(result);
	}

	@Test
	void unknownOptionIsAUsageError() {
		Cli.Result result = Cli.run("validate", "--frobnicate", example("sme-alliances.fwk"));
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("--frobnicate"), result::toString);
	}

	@Test
	void unknownFormatIsAUsageError() {
		Cli.Result result = Cli.run("validate", "--format", "xml", example("sme-alliances.fwk"));
		assertEquals(Main.USAGE, result.exit(), result::toString);
	}

	@Test
	void noOperandsIsAUsageError() {
		Cli.Result result = Cli.run("validate");
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertEquals("", result.out(), result::toString);
	}

	@Test
	void noCommandIsAUsageError() {
		Cli.Result result = Cli.run();
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.out().contains("Usage: framewright"), result::toString);
	}

	@Test
	void unknownCommandIsAUsageError() {
		Cli.Result result = Cli.run("frobnicate");
		assertEquals(Main.USAGE, result.exit(), result::toString);
		assertTrue(result.err().contains("frobnicate"), result::toString);
	}

	@Test
	void helpExitsZero() {
		for (String[] args : List.of(new String[] { "--help" }, new String[] { "-h" }, new String[] { "help" })) {
			Cli.Result result = Cli.run(args);
			assertEquals(Main.OK, result.exit(), result::toString);
			assertTrue(result.out().contains("validate") && result.out().contains("build"), result::toString);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "build", "lsp", "analysis", "analyse", "power" })
	void commandHelpExitsZero(String command) {
		for (Cli.Result result : List.of(Cli.run(command, "--help"), Cli.run("help", command), Cli.run(command, "-h"))) {
			assertEquals(Main.OK, result.exit(), result::toString);
			assertTrue(result.out().startsWith("Usage: framewright " + command), result::toString);
		}
	}
}
