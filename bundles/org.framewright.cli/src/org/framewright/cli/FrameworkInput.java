package org.framewright.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The one framework a generating command works from: read, validated, its problems printed, and refused if it
 * has errors, because nothing is generated from a framework with errors.
 */
final class FrameworkInput {

	/** The file read, or null; and the exit code to return when it is null. */
	record Loaded(LoadedFile file, int exit) {
	}

	private FrameworkInput() {
	}

	static Loaded load(String command, String path, PrintStream err) {
		LoadedFile file;
		try {
			file = new FrameworkLoader().load(List.of(path)).get(0);
		} catch (UnreadableFileException e) {
			err.println("framewright " + command + ": " + e.getMessage());
			return new Loaded(null, Main.USAGE);
		}
		ProblemPrinter.printText(List.of(file), err);
		if (file.hasErrors() || file.framework() == null) {
			err.println("framewright " + command + ": " + file.displayName() + " has errors; nothing was written.");
			return new Loaded(null, Main.MODEL_ERRORS);
		}
		return new Loaded(file, Main.OK);
	}
}
