package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.surveyjs.SurveyJsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The SurveyJS questionnaires loaded into the real SurveyJS library (survey-core 2.5.43 from the npm registry,
 * installed by this bundle's build into surveyjs/node_modules) under Node: the library reports no JSON errors,
 * asks every variable, and shows the hostile wordings exactly in every language.
 */
class SurveyJsLibraryTest {

	private static final Path LOADER = Path.of("surveyjs", "load-survey.js");

	@TempDir
	Path folder;

	@Test
	void exampleALoadsWithEveryVariable() throws Exception {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		JsonObject loaded = load(instrument);
		assertEquals(0, loaded.getAsJsonArray("errors").size(), loaded.get("errors").toString());
		assertEquals(instrument.variables(), askedVariables(loaded));
	}

	@Test
	void hostileWordingsComeOutOfTheLibraryExactly() throws Exception {
		Instrument instrument = Frameworks.instrument(Frameworks.hostile());
		JsonObject loaded = load(instrument, "ms", "ar", "zh-cn");
		assertEquals(0, loaded.getAsJsonArray("errors").size(), loaded.get("errors").toString());
		assertEquals(instrument.variables(), askedVariables(loaded));
		for (Question question : instrument.questions()) {
			if (question.kind() != QuestionKind.LIKERT) {
				continue;
			}
			JsonObject row = row(loaded, question.variable());
			assertEquals(question.text().base(), row.getAsJsonObject("text").get("default").getAsString(), question.variable());
			assertEquals(question.text().in("ar", "en"), row.getAsJsonObject("text").get("ar").getAsString(), question.variable() + " in Arabic");
			assertEquals(question.text().in("zh", "en"), row.getAsJsonObject("text").get("zh-cn").getAsString(), question.variable() + " in Chinese");
			assertEquals(question.text().in("ms", "en"), row.getAsJsonObject("text").get("ms").getAsString(), question.variable() + " in Malay");
		}
	}

	/** The variables the library asks for, in order: matrix rows, and the other questions except the consent. */
	private static List<String> askedVariables(JsonObject loaded) {
		List<String> variables = new ArrayList<>();
		for (JsonElement element : loaded.getAsJsonArray("questions")) {
			JsonObject question = element.getAsJsonObject();
			if (question.has("rows")) {
				question.getAsJsonArray("rows").forEach(row -> variables.add(row.getAsJsonObject().get("value").getAsString()));
			} else if (!question.get("name").getAsString().equals("CONSENT")) {
				variables.add(question.get("name").getAsString());
			}
		}
		return variables;
	}

	private static JsonObject row(JsonObject loaded, String variable) {
		for (JsonElement element : loaded.getAsJsonArray("questions")) {
			JsonArray rows = element.getAsJsonObject().getAsJsonArray("rows");
			for (JsonElement row : rows == null ? new JsonArray() : rows) {
				if (row.getAsJsonObject().get("value").getAsString().equals(variable)) {
					return row.getAsJsonObject();
				}
			}
		}
		throw new AssertionError("the library shows no row " + variable);
	}

	private JsonObject load(Instrument instrument, String... locales) throws IOException, InterruptedException {
		if (!Files.isDirectory(Path.of("surveyjs", "node_modules", "survey-core"))) {
			fail("survey-core is not installed in surveyjs/node_modules: the build runs 'npm install' there (needs Node.js and npm)");
		}
		List<GeneratedFile> files = new SurveyJsWriter().write(instrument, instrument.baseLanguage());
		Path json = folder.resolve(files.get(0).relativePath());
		Files.write(json, files.get(0).content());
		List<String> command = new ArrayList<>(List.of("node", LOADER.toString(), json.toString()));
		command.addAll(List.of(locales));
		Process node = new ProcessBuilder(command).redirectErrorStream(false).start();
		byte[] out = node.getInputStream().readAllBytes();
		String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
		assertEquals(0, node.exitValue(), err);
		return Outputs.json(new String(out, StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
