package org.framewright.diagram.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one typeface of every diagram: the layout measures text with it, and the PNG and PDF renderers draw with it,
 * so text fits its boxes in every format. It is DejaVu Sans (Debian's fonts-dejavu-core), found among the
 * system's fonts or given explicitly; the SVG names it first in its font list.
 */
public final class DiagramFont {

	/** The family name SVG and TikZ output ask for. */
	public static final String FAMILY = "DejaVu Sans";

	/** Where Debian, Fedora, Arch and macOS (with DejaVu installed) keep the file, in the order tried. */
	private static final List<String> KNOWN_LOCATIONS = List.of(
			"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
			"/usr/share/fonts/dejavu/DejaVuSans.ttf",
			"/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
			"/usr/share/fonts/TTF/DejaVuSans.ttf",
			"/Library/Fonts/DejaVuSans.ttf");

	/** Fractional metrics: text widths do not depend on a screen's pixel grid. */
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static DiagramFont system;

	private final Path file;
	private final Font font;

	private DiagramFont(Path file, Font font) {
		this.file = file;
		this.font = font;
	}

	/** The font in the given TrueType file. */
	public static DiagramFont load(Path file) throws FontNotFoundException {
		try {
			return new DiagramFont(file, Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
		} catch (IOException | FontFormatException e) {
			throw new FontNotFoundException("cannot read the font " + file + " (" + e.getMessage() + ")");
		}
	}

	/** DejaVu Sans from the system's fonts, loaded once. */
	public static synchronized DiagramFont system() throws FontNotFoundException {
		if (system == null) {
			Optional<Path> found = KNOWN_LOCATIONS.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
			if (found.isEmpty()) {
				throw new FontNotFoundException("the diagram needs the DejaVu Sans font, which is not installed: install it "
						+ "(Debian and Ubuntu: apt-get install fonts-dejavu-core) or name its file with --font");
			}
			system = load(found.get());
		}
		return system;
	}

	/** The TrueType file the font was read from (the PDF renderer embeds it). */
	public Path file() {
		return file;
	}

	/** The font at the given size in pixels, for drawing with Java2D. */
	public Font atSize(double size) {
		return font.deriveFont((float) size);
	}

	/** The advance width of the text at the given size, in pixels. */
	public double width(String text, double size) {
		if (text.isEmpty()) {
			return 0;
		}
		return atSize(size).getStringBounds(text, CONTEXT).getWidth();
	}

	/** The distance from the top of a line to its baseline at the given size, in pixels. */
	public double ascent(double size) {
		return atSize(size).getLineMetrics("Hg", CONTEXT).getAscent();
	}

	/** The height of a line of text at the given size, in pixels (ascent, descent and leading). */
	public double lineHeight(double size) {
		var metrics = atSize(size).getLineMetrics("Hg", CONTEXT);
		return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
	}

	/** Thrown when the diagram's font cannot be found or read; the message says what to do. */
	public static final class FontNotFoundException extends Exception {
		private static final long serialVersionUID = 1L;

		public FontNotFoundException(String message) {
			super(message);
		}
	}
}
