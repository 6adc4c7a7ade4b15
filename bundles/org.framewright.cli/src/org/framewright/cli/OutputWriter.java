package org.framewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.framewright.model.generation.GeneratedFile;
import org.framewright.model.generation.OutputFolder;

/**
 * Writes what a command generated into a folder, all or nothing, refusing to replace files Framewright did not
 * write unless forced, and says what it wrote. Shared by every command that writes files.
 */
final class OutputWriter {

	private final String command;
	private final PrintStream out;
	private final PrintStream err;

	OutputWriter(String command, PrintStream out, PrintStream err) {
		this.command = command;
		this.out = out;
		this.err = err;
	}

	/** Writes the files into the folder and returns the command's exit code. */
	int write(Path folder, List<GeneratedFile> files, boolean force) {
		OutputFolder output = new OutputFolder(folder);
		try {
			List<String> foreign = output.foreignFiles(files);
			if (!foreign.isEmpty() && !force) {
				err.println("framewright " + command + ": " + folder + " already holds " + String.join(", ", foreign)
						+ ", which Framewright did not write; nothing was written. Pass --force to replace them.");
				return Main.USAGE;
			}
			output.write(files);
		} catch (IOException e) {
			err.println("framewright " + command + ": cannot write to " + folder + " (" + e.getMessage() + "); nothing was written.");
			return Main.USAGE;
		}
		files.forEach(file -> out.println("wrote " + folder.resolve(file.relativePath())));
		return Main.OK;
	}
}
