package org.framewright.analysis.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.framewright.dsl.FramewrightStandaloneSetup;
import org.framewright.model.Framework;

import com.google.inject.Injector;

/** Frameworks for the analysis tests: the repository's examples, and frameworks written in a test. */
final class Frameworks {

	private static Injector injector;

	private Frameworks() {
	}

	/** An example of the repository's examples/ folder, by file name. */
	static Framework example(String fileName) {
		return parse(fileName, read(Path.of("../../examples", fileName)));
	}

	/** A framework of this bundle's frameworks/ folder, by file name. */
	static Framework testFramework(String fileName) {
		return parse(fileName, read(Path.of("frameworks", fileName)));
	}

	/** Parses and links a framework; fails the test if the text has syntax errors. */
	static Framework parse(String name, String text) {
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

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
