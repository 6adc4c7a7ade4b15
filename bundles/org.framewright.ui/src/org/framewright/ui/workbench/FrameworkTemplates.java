package org.framewright.ui.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.framewright.ui.FramewrightUi;

/** The templates of the New Framework wizard: an empty framework, and the examples shipped in the bundle. */
public final class FrameworkTemplates {

	/** A template: its name in the wizard and its text. */
	public record Template(String name, String text) {
	}

	private FrameworkTemplates() {
	}

	public static List<Template> all() {
		List<Template> templates = new ArrayList<>();
		templates.add(new Template("Empty framework", """
				framework NewFramework "Title of the study"

				scale Agree5 likert 5

				"""));
		Enumeration<URL> examples = FramewrightUi.get().getBundle().findEntries("templates", "*.fwk", false);
		List<URL> sorted = examples == null ? List.of() : Collections.list(examples);
		sorted = sorted.stream().sorted((a, b) -> a.getPath().compareTo(b.getPath())).toList();
		for (URL example : sorted) {
			try (InputStream in = example.openStream()) {
				String file = example.getPath().substring(example.getPath().lastIndexOf('/') + 1);
				templates.add(new Template("Example: " + file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			} catch (IOException e) {
				FramewrightUi.log("Could not read the template " + example, e);
			}
		}
		return templates;
	}
}
