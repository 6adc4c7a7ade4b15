package org.framewright.survey.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The form's script and style, written by hand as files of the bundle (resources/org/framewright/survey/html) and
 * inlined into every questionnaire, so that the page works offline as one file.
 */
final class PageResources {

	static final String SCRIPT = "questionnaire.js";
	static final String STYLE = "questionnaire.css";

	private PageResources() {
	}

	static String read(String name) {
		try (InputStream in = PageResources.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The survey bundle lacks its resource " + name);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			// Inlined into a script or style element that is also an XML CDATA section: these would end either early.
			if (text.contains("</") || text.contains("]]>") || text.contains("<!--")) {
				throw new IllegalStateException(name + " must not contain </, ]]> or <!--");
			}
			return text;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
