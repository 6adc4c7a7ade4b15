package org.framewright.diagram.render;

import java.util.Arrays;
import java.util.Optional;

import org.framewright.diagram.text.DiagramFont;

/** The file formats a diagram is rendered in, with their file extensions. */
public enum DiagramFormat {

	/** Scalable vector graphics: the primary format, text kept as text, accessible. */
	SVG("svg", "svg"),
	/** A raster image at a chosen resolution, for word processors and slides. */
	PNG("png", "png"),
	/** A one-page vector PDF with the font embedded, for LaTeX and print. */
	PDF("pdf", "pdf"),
	/** A TikZ picture to \input into a LaTeX document. */
	TIKZ("tikz", "tex");

	/** The resolution of PNG files unless another is asked for: print quality. */
	public static final int DEFAULT_DPI = 300;

	private final String id;
	private final String extension;

	DiagramFormat(String id, String extension) {
		this.id = id;
		this.extension = extension;
	}

	/** The name used on the command line. */
	public String id() {
		return id;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return extension;
	}

	public static Optional<DiagramFormat> byId(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}

	/** The renderer of this format; the font is used by the formats that measure or embed text. */
	public DiagramRenderer renderer(DiagramFont font, int dpi) {
		return switch (this) {
			case SVG -> new SvgRenderer();
			case PNG -> new PngRenderer(font, dpi);
			case PDF -> new PdfRenderer(font);
			case TIKZ -> new TikzRenderer();
		};
	}
}
