package org.framewright.diagram.tests;

import java.util.List;

import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.FrameworkDiagram;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;
import org.framewright.testing.FrameworkFixtures;

/** Frameworks for the diagram tests: the examples of the repository, and frameworks written in a test. */
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
}
