package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.framewright.diagram.DiagramGenerator;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.render.PngRenderer;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.generation.GeneratedFile;

/**
 * {@code framewright draw FILE -o OUT}: the framework diagram, laid out by ELK, in one format or all.
 */
final class DrawCommand implements Command {

	@Override
	public String name() {
		return "draw";
	}

	@Override
	public String summary() {
		return "draw the framework diagram (SVG, PNG, PDF or TikZ)";
	}

	@Override
	public String help() {
		return """
				Usage: framewright draw FILE -o OUT [--format svg|png|pdf|tikz|all] [--items] [--style colour|print]
				                        [--dpi N] [--no-title] [--no-legend] [--font FILE] [--force]

				Lays the framework out (constructs as ellipses, antecedents left to outcomes right, arrows labelled
				with their hypotheses) and writes the figure. OUT is a file with the format's extension
				(e.g. figure.pdf), or a folder into which <Name>-diagram.<ext> is written; with --format all it
				is a folder and every format is written.

				Options:
				  -o, --output OUT   the file or folder to write (a folder is created if missing)
				  --format F         svg (default), png, pdf, tikz (a .tex picture for LaTeX), or all
				  --items            draw the measurement model: each construct's items beside it
				  --style S          colour (default; colour-blind safe) or print (black and white)
				  --dpi N            the resolution of PNG files, 36 to 1200 (default 300)
				  --no-title         leave out the framework's title above the diagram
				  --no-legend        leave out the legend under the diagram
				  --font FILE        the TrueType font to measure and draw text with (default: DejaVu Sans)
				  --force            replace an existing file that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String output = arguments.value("output", "o", null);
		String formatName = arguments.value("format", null, "svg");
		String styleName = arguments.value("style", null, DiagramStyle.COLOUR.id());
		String dpiText = arguments.value("dpi", null, Integer.toString(DiagramFormat.DEFAULT_DPI));
		String fontFile = arguments.value("font", null, null);
		DiagramOptions options = DiagramOptions.DEFAULTS.withItems(arguments.flag("items")).withTitle(!arguments.flag("no-title"))
				.withLegend(!arguments.flag("no-legend"));
		boolean force = arguments.flag("force");
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file to draw.");
		}
		if (output == null) {
			throw new Arguments.UsageException("say where to write the diagram with -o FILE or -o DIR.");
		}
		DiagramStyle style = DiagramStyle.byId(styleName)
				.orElseThrow(() -> new Arguments.UsageException("unknown style '" + styleName + "'; use colour or print."));
		options = options.withStyle(style);
		List<DiagramFormat> formats = formats(formatName);
		int dpi = dpi(dpiText);

		DiagramFont font;
		try {
			font = fontFile == null ? DiagramFont.system() : DiagramFont.load(Path.of(fontFile));
		} catch (DiagramFont.FontNotFoundException e) {
			err.println("framewright draw: " + e.getMessage() + "; nothing was written.");
			return Main.USAGE;
		}
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		List<GeneratedFile> generated;
		try {
			generated = new DiagramGenerator(font, options, formats, dpi).generate(loaded.file().framework());
		} catch (PngRenderer.ImageTooLargeException e) {
			err.println("framewright draw: " + files.get(0) + ": " + e.getMessage() + "; nothing was written.");
			return Main.USAGE;
		}

		Path target = Path.of(output);
		String fileName = target.getFileName() == null ? "" : target.getFileName().toString();
		if (formats.size() == 1 && fileName.endsWith("." + formats.get(0).extension())) {
			Path folder = target.toAbsolutePath().getParent();
			generated = List.of(new GeneratedFile(fileName, generated.get(0).content()));
			return new OutputWriter(name(), out, err).write(folder, generated, force);
		}
		return new OutputWriter(name(), out, err).write(target, generated, force);
	}

	private static List<DiagramFormat> formats(String name) {
		if (name.equals("all")) {
			return Arrays.asList(DiagramFormat.values());
		}
		List<DiagramFormat> formats = new ArrayList<>();
		formats.add(DiagramFormat.byId(name)
				.orElseThrow(() -> new Arguments.UsageException("unknown format '" + name + "'; use svg, png, pdf, tikz or all.")));
		return formats;
	}

	private static int dpi(String text) {
		try {
			int dpi = Integer.parseInt(text);
			if (dpi >= PngRenderer.MIN_DPI && dpi <= PngRenderer.MAX_DPI) {
				return dpi;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new Arguments.UsageException("--dpi takes a whole number from " + PngRenderer.MIN_DPI + " to " + PngRenderer.MAX_DPI + ", not '" + text + "'.");
	}
}
