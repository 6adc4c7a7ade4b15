package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.framewright.cli.Main;
import org.framewright.dsl.FramewrightStandaloneSetup;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.FramewrightPackage;
import org.framewright.model.Item;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Injector;

/**
 * {@code framewright build} on the real examples: what it writes, that the exports hold the whole model, and that
 * it writes all or nothing and never over a file it did not write.
 */
class BuildCommandTest {

	private static Injector language;

	@TempDir
	Path output;

	@BeforeAll
	static void startLanguage() {
		language = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk",
			"review-ado.fwk" })
	void writesTheReportAndTheExportsOfTheWholeModel(String name) throws Exception {
		Path source = Cli.EXAMPLES.resolve(name);
		Framework framework = parse(source);
		String base = framework.getName();

		Cli.Result result = Cli.run("build", source.toString(), "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		List<String> expected = new java.util.ArrayList<>(List.of(base + "-validation.txt", base + ".xmi", base + ".json", base + "-diagram.svg",
				base + "-diagram.png"));
		if (framework.getConstructs().stream().anyMatch(c -> !c.getItems().isEmpty())) {
			expected.addAll(List.of(base + "-questionnaire.html", base + "-codebook.csv", base + "-xlsform.xlsx", base + "-lavaan.R",
					base + "-seminr.R", base + "-semopy.py", base + ".inp", base + "-cfa.inp", base + ".do", base + "-process.sps"));
		} else {
			assertTrue(Files.notExists(output.resolve(base + "-questionnaire.html")), "no questionnaire without questions");
		}
		for (String file : expected) {
			assertTrue(Files.isRegularFile(output.resolve(file)), () -> file + " was not written\n" + result);
			assertTrue(result.out().contains("wrote " + output.resolve(file)), result::toString);
		}
		assertTrue(Files.readString(output.resolve(base + "-validation.txt"), StandardCharsets.UTF_8).contains(base));

		JsonObject json = JsonParser.parseString(Files.readString(output.resolve(base + ".json"), StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals(base, json.get("name").getAsString());
		assertEquals(namesOf(framework), namesIn(json), "the JSON names every construct and item");

		Framework reloaded = loadXmi(output.resolve(base + ".xmi"));
		assertTrue(EcoreUtil.equals(framework, reloaded), "the XMI holds the model the .fwk file describes");
	}

	@Test
	void aFrameworkWithErrorsWritesNothing() throws IOException {
		Cli.Result result = Cli.run("build", Cli.CORPUS.resolve("unknown-keyword.fwk").toString(), "-o", output.toString());
		assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
		assertTrue(result.err().contains("unknown-keyword.fwk:"), result::toString);
		assertEquals(List.of(), filesIn(output), "nothing was written");
		Cli.assertNoStackTrace(result);
	}

	@Test
	void aFileFramewrightDidNotWriteIsNotReplacedUnlessForced() throws IOException {
		String source = Cli.EXAMPLES.resolve("sme-alliances.fwk").toString();
		Path foreign = output.resolve("SmeAlliances.json");
		Files.writeString(foreign, "my own notes, not Framewright's\n", StandardCharsets.UTF_8);

		Cli.Result refused = Cli.run("build", source, "-o", output.toString());
		assertEquals(Main.USAGE, refused.exit(), refused::toString);
		assertTrue(refused.err().contains("SmeAlliances.json") && refused.err().contains("--force"), refused::toString);
		assertEquals("my own notes, not Framewright's\n", Files.readString(foreign, StandardCharsets.UTF_8));
		assertEquals(List.of("SmeAlliances.json"), filesIn(output), "all or nothing: no other output was written either");

		Cli.Result forced = Cli.run("build", source, "-o", output.toString(), "--force");
		assertEquals(Main.OK, forced.exit(), forced::toString);
		JsonObject json = JsonParser.parseString(Files.readString(foreign, StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("SmeAlliances", json.get("name").getAsString());
	}

	@Test
	void aSecondBuildReplacesItsOwnOutputs() throws IOException {
		String source = Cli.EXAMPLES.resolve("serial-mediation.fwk").toString();
		Cli.Result first = Cli.run("build", source, "-o", output.toString());
		assertEquals(Main.OK, first.exit(), first::toString);
		List<String> written = filesIn(output);
		Cli.Result second = Cli.run("build", source, "-o", output.toString());
		assertEquals(Main.OK, second.exit(), second::toString);
		assertEquals(written, filesIn(output), "the second build writes the same files and leaves no staging folder");
	}

	@Test
	void buildsIntoAFolderItCreates() throws IOException {
		Path nested = output.resolve("new/folder");
		Cli.Result result = Cli.run("build", Cli.EXAMPLES.resolve("review-ado.fwk").toString(), "-o", nested.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		assertTrue(Files.isRegularFile(nested.resolve("SmeInternationalizationReview.json")), result::toString);
	}

	@Test
	void usageErrors() {
		String source = Cli.EXAMPLES.resolve("sme-alliances.fwk").toString();
		assertEquals(Main.USAGE, Cli.run("build", source).exit(), "no output folder");
		assertEquals(Main.USAGE, Cli.run("build", "-o", output.toString()).exit(), "no file");
		assertEquals(Main.USAGE, Cli.run("build", source, source, "-o", output.toString()).exit(), "two files");
		assertEquals(Main.USAGE, Cli.run("build", Cli.EXAMPLES.resolve("missing.fwk").toString(), "-o", output.toString()).exit());
		assertEquals(Main.USAGE, Cli.run("build", source, "-o", output.toString(), "--frobnicate").exit());
	}

	private static Framework parse(Path file) throws IOException {
		XtextResourceSet resources = language.getInstance(XtextResourceSet.class);
		Resource resource = resources.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		assertEquals(List.of(), resource.getErrors(), file + " parses");
		EcoreUtil.resolveAll(resource);
		return (Framework) resource.getContents().get(0);
	}

	private static Framework loadXmi(Path file) throws IOException {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(FramewrightPackage.eNS_URI, FramewrightPackage.eINSTANCE);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resources.getResources().add(resource);
		resource.load(Map.of());
		assertEquals(List.of(), resource.getErrors(), file + " loads");
		assertEquals(1, resource.getContents().size());
		return (Framework) resource.getContents().get(0);
	}

	/** The names of the constructs and items, in file order: construct, its items, next construct... */
	private static List<String> namesOf(Framework framework) {
		List<String> names = new ArrayList<>();
		for (Construct construct : framework.getConstructs()) {
			names.add(construct.getName());
			construct.getItems().stream().map(Item::getName).forEach(names::add);
		}
		assertNotEquals(List.of(), names);
		return names;
	}

	private static List<String> namesIn(JsonObject framework) {
		List<String> names = new ArrayList<>();
		for (JsonElement construct : framework.getAsJsonArray("constructs")) {
			names.add(construct.getAsJsonObject().get("name").getAsString());
			JsonElement items = construct.getAsJsonObject().get("items");
			if (items != null) {
				items.getAsJsonArray().forEach(item -> names.add(item.getAsJsonObject().get("name").getAsString()));
			}
		}
		return names;
	}

	/** Every file and folder in a folder, hidden ones included, sorted. */
	private static List<String> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
