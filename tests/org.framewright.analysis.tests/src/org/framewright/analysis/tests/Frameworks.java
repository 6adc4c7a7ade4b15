package org.framewright.analysis.tests;

import java.nio.file.Path;

import org.framewright.model.Framework;
import org.framewright.testing.FrameworkFixtures;

/** Frameworks for the analysis tests: the repository's examples, and frameworks written in a test. */
final class Frameworks {

	private Frameworks() {
	}

	/** An example of the repository's examples/ folder, by file name. */
	static Framework example(String fileName) {
		return FrameworkFixtures.example(fileName);
	}

	/** A framework of this bundle's frameworks/ folder, by file name. */
	static Framework testFramework(String fileName) {
		return FrameworkFixtures.file(Path.of("frameworks", fileName));
	}

	/** Parses and links a framework; fails the test if the text has syntax errors. */
	static Framework parse(String name, String text) {
		return FrameworkFixtures.parse(name, text);
	}
}
