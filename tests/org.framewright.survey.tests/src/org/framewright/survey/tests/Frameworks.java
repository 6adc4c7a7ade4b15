package org.framewright.survey.tests;

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
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.SurveyOptions;

import com.google.inject.Injector;

/** Frameworks for the survey tests: the examples of the repository, and frameworks written in a test. */
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

	/** A framework of the test bundle's frameworks/ folder. */
	static Framework testFramework(String name) {
		try {
			return parse(name, Files.readString(Path.of("frameworks", name), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The questionnaire of a framework with the model's own survey settings. */
	static Instrument instrument(Framework framework) {
		return InstrumentDesigner.design(framework, SurveyOptions.NONE);
	}

	/** The questionnaire of hostile.fwk or of an example, by file name, with the model's own survey settings. */
	static Instrument instrument(String name) {
		return instrument(name.equals("hostile.fwk") ? hostile() : example(name));
	}

	/** The framework whose texts hold everything that breaks careless writers (see frameworks/hostile.fwk). */
	static Framework hostile() {
		return testFramework("hostile.fwk");
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
