package org.framewright.ui.workbench;

import org.framewright.model.generation.FrameworkGenerator;

/**
 * A generator the Studio's Generate menu offers, contributed to the extension point
 * {@code org.framewright.ui.generators}: it makes the generator with the current preferences.
 */
public interface StudioGenerator {

	FrameworkGenerator create() throws Exception;
}
