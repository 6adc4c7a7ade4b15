package org.framewright.diagram.tests;

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
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.FrameworkDiagram;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.dsl.FramewrightStandaloneSetup;
import org.framewright.model.Framework;

import com.google.inject.Injector;

/** Frameworks for the diagram tests: the examples of the repository, and frameworks written in a test. */
final class Frameworks {

	/** Every example of the repository. */
	static final List<String> EXAMPLES = List.of("sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk",
			"serial-mediation.fwk", "review-ado.fwk");

	private static Injector injector;

	private Frameworks() {
	}

	static Framework example(String name) {
		try {
			return parse(name, Files.readString(Path.of("../../examples", name), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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

	static Drawing draw(Framework framework, DiagramOptions options) {
		return new FrameworkDiagram(font()).draw(framework, options);
	}

	static DiagramFont font() {
		try {
			return DiagramFont.system();
		} catch (DiagramFont.FontNotFoundException e) {
			throw new AssertionError(e.getMessage());
		}
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
