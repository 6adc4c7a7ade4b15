package org.framewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.model.export.JsonExport;
import org.framewright.model.export.XmiExport;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.model.generation.OutputFolder;

/**
 * {@code framewright build FILE -o DIR}: validates a framework and runs every generator into DIR, all or nothing.
 */
final class BuildCommand implements Command {

	@Override
	public String name() {
		return "build";
	}

	@Override
	public String summary() {
		return "validate a framework and generate everything derived from it";
	}

	@Override
	public String help() {
		return """
				Usage: framewright build FILE -o DIR [--force]

				Validates FILE and, if it has no errors, writes into DIR everything derived from it:
				  <Name>-validation.txt   the validation report (structure, model size, problems)
				  <Name>.xmi              the model as XMI (EMF)
				  <Name>.json             the model as JSON

				Outputs are written all or nothing. Files Framewright wrote before are replaced;
				any other existing file of the same name is left alone unless --force is given.

				Options:
				  -o, --output DIR   the output folder (created if missing)
				  --force            replace existing files that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String output = arguments.value("output", "o", null);
		boolean force = arguments.flag("force");
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file to build.");
		}
		if (output == null) {
			throw new Arguments.UsageException("say where to write the outputs with -o DIR.");
		}
		LoadedFile file;
		try {
			file = new FrameworkLoader().load(files).get(0);
		} catch (UnreadableFileException e) {
			err.println("framewright build: " + e.getMessage());
			return Main.USAGE;
		}
		ProblemPrinter.printText(List.of(file), err);
		if (file.hasErrors() || file.framework() == null) {
			err.println("framewright build: " + file.displayName() + " has errors; nothing was written.");
			return Main.MODEL_ERRORS;
		}
		List<GeneratedFile> generated = new ArrayList<>();
		for (FrameworkGenerator generator : generators(file)) {
			generated.addAll(generator.generate(file.framework()));
		}
		OutputFolder folder = new OutputFolder(Path.of(output));
		try {
			List<String> foreign = folder.foreignFiles(generated);
			if (!foreign.isEmpty() && !force) {
				err.println("framewright build: " + output + " already holds " + String.join(", ", foreign)
						+ ", which Framewright did not write; nothing was written. Pass --force to replace them.");
				return Main.USAGE;
			}
			folder.write(generated);
		} catch (IOException e) {
			err.println("framewright build: cannot write to " + output + " (" + e.getMessage() + "); nothing was written.");
			return Main.USAGE;
		}
		generated.forEach(g -> out.println("wrote " + Path.of(output).resolve(g.relativePath())));
		return Main.OK;
	}

	/** Every generator available, in the order their outputs are listed. */
	private static List<FrameworkGenerator> generators(LoadedFile file) {
		Framework framework = file.framework();
		assert framework != null;
		return List.of(new ValidationReport(file), new XmiExport(), new JsonExport());
	}
}
