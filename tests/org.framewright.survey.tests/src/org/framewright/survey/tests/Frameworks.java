package org.framewright.survey.tests;

import java.nio.file.Path;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.SurveyOptions;
import org.framewright.testing.FrameworkFixtures;

/** Frameworks for the survey tests: the examples of the repository, and frameworks written in a test. */
final class Frameworks {

	/** Every example of the repository. */
	static final List<String> EXAMPLES = FrameworkFixtures.EXAMPLE_FILES;

	private Frameworks() {
	}

	static Framework example(String name) {
		return FrameworkFixtures.example(name);
	}

	/** Parses and links a framework; fails the test if the text has syntax errors. */
	static Framework parse(String name, String text) {
		return FrameworkFixtures.parse(name, text);
	}

	/** A framework of the test bundle's frameworks/ folder. */
	static Framework testFramework(String name) {
		return FrameworkFixtures.file(Path.of("frameworks", name));
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
}
