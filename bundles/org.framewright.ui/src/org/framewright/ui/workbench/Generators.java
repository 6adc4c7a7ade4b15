package org.framewright.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** The generators contributed to {@code org.framewright.ui.generators}, in the order of contribution. */
public final class Generators {

	public static final String EXTENSION_POINT = "org.framewright.ui.generators";

	/** One contribution: its id, the menu label, and how to make it. */
	public record Contribution(String id, String label, IConfigurationElement element) {
		public StudioGenerator instance() throws CoreException {
			return (StudioGenerator) element.createExecutableExtension("class");
		}
	}

	private Generators() {
	}

	public static List<Contribution> all() {
		List<Contribution> contributions = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			contributions.add(new Contribution(element.getAttribute("id"), element.getAttribute("label"), element));
		}
		return contributions;
	}
}
