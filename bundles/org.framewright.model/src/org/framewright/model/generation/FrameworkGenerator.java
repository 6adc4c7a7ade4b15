package org.framewright.model.generation;

import java.util.List;

import org.framewright.model.Framework;

/**
 * A generator: a pure function from a framework model to files. It never writes anything itself; the caller
 * writes what it returns into an output folder, all or nothing ({@link OutputFolder}).
 */
public interface FrameworkGenerator {

	/** A short name of what the generator makes, e.g. "model as JSON". */
	String description();

	/** The files generated from the framework. */
	List<GeneratedFile> generate(Framework framework);
}
