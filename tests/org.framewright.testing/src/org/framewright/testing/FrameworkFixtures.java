package org.framewright.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.framewright.dsl.FramewrightStandaloneSetup;
import org.framewright.model.Framework;

import com.google.inject.Injector;

/**
 * Frameworks for the generators' tests: the repository's examples and frameworks written in a test or kept in a
 * test bundle, parsed and linked by the language, in a resource set of their own. Tests run in their bundle's
 * folder, so the examples are at ../../examples.
 */
public final class FrameworkFixtures {

	/** The repository's examples, relative to a test bundle. */
	public static final Path EXAMPLES = Path.of("../../examples");

	/** Every example of the repository. */
	public static final List<String> EXAMPLE_FILES = List.of("sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk",
			"serial-mediation.fwk", "review-ado.fwk");

	private static Injector injector;

	private FrameworkFixtures() {
	}

	/** An example of the repository. */
	public static Framework example(String fileName) {
		return file(EXAMPLES.resolve(fileName));
	}

	/** A framework kept in a file, e.g. a test bundle's frameworks/hostile.fwk. */
	public static Framework file(Path path) {
		try {
			return parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses and links a framework; fails the test if the text has syntax or linking errors. */
	public static Framework parse(String name, String text) {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		Resource resource = resources.createResource(URI.createFileURI("/tests/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resources);
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError(name + " does not parse: " + resource.getErrors());
		}
		return (Framework) resource.getContents().get(0);
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
