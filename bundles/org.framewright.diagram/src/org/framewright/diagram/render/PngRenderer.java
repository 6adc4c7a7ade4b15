package org.framewright.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;

/**
 * Renders a diagram as a PNG image at a given resolution: Java2D draws the drawing's pixels (1/96 inch) scaled to
 * the resolution on a white background, and the file records the resolution (its pHYs chunk) so that word
 * processors place it at the drawing's physical size.
 */
public final class PngRenderer implements DiagramRenderer {

	/** The lowest resolution accepted, in dots per inch: below it text is no longer legible. */
	public static final int MIN_DPI = 36;

	/** The highest resolution accepted, in dots per inch: above it a large diagram needs gigabytes of memory. */
	public static final int MAX_DPI = 1200;

	/**
	 * The most pixels a PNG may have: 150 million (an A0 poster at 300 dpi is 139 million). The raster alone takes
	 * four bytes a pixel, so more would exhaust a default Java heap; such figures belong in SVG or PDF.
	 */
	public static final long MAX_PIXELS = 150_000_000L;

	/** A figure too large for a PNG at the asked resolution. */
	public static final class ImageTooLargeException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		ImageTooLargeException(String message) {
			super(message);
		}
	}

	/** The resolution the drawing's coordinates are in. */
	private static final double DRAWING_DPI = 96;

	private static final double METRES_PER_INCH = 0.0254;

	private final DiagramFont font;
	private final int dpi;

	/** A renderer at the given resolution, in dots per inch ({@value #MIN_DPI} to {@value #MAX_DPI}). */
	public PngRenderer(DiagramFont font, int dpi) {
		if (dpi < MIN_DPI || dpi > MAX_DPI) {
			throw new IllegalArgumentException(
					"the resolution must be between " + MIN_DPI + " and " + MAX_DPI + " dpi, not " + dpi);
		}
		this.font = font;
		this.dpi = dpi;
	}

	/** The highest resolution at which the drawing fits in {@link #MAX_PIXELS}, in whole dots per inch. */
	public static int maxDpiFor(Drawing drawing) {
		double pixelsAtDrawingDpi = Math.max(1, drawing.width() * drawing.height());
		return (int) Math.floor(DRAWING_DPI * Math.sqrt(MAX_PIXELS / pixelsAtDrawingDpi));
	}

	@Override
	public byte[] render(Drawing drawing) {
		double scale = dpi / DRAWING_DPI;
		long width = pixels(drawing.width() * scale);
		long height = pixels(drawing.height() * scale);
		if (width * height > MAX_PIXELS) {
			int fitting = maxDpiFor(drawing);
			throw new ImageTooLargeException("the diagram would be " + width + " x " + height + " pixels at " + dpi + " dpi, more than a PNG can hold in memory ("
					+ MAX_PIXELS / 1_000_000 + " million pixels); " + (fitting >= MIN_DPI ? "use --dpi " + fitting + " or less, or " : "use ")
					+ "SVG or PDF, which have no size limit");
		}
		BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			// Pure strokes: lines where the geometry says, not nudged to the pixel grid, as in the PDF and SVG.
			graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.scale(scale, scale);
			new DrawingPainter(new Java2dCanvas(graphics, font)).paint(drawing);
		} finally {
			graphics.dispose();
		}
		try {
			return encode(image);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot encode the diagram as PNG", e);
		}
	}

	/** The image pixels a length needs: a partial pixel at the edge is kept, and an image has at least one. */
	private static int pixels(double length) {
		return Math.max(1, (int) Math.ceil(length));
	}

	/** The PNG file of the image, with its resolution and nothing time-dependent in it. */
	private byte[] encode(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
			metadata.mergeTree(metadata.getNativeMetadataFormatName(), resolution());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			// In memory: no temporary file in ImageIO's cache folder.
			try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(output);
				writer.write(null, new IIOImage(image, null, metadata), param);
			}
			return bytes.toByteArray();
		} catch (IIOInvalidTreeException e) {
			throw new IllegalStateException("the PNG writer rejected the resolution metadata", e);
		} finally {
			writer.dispose();
		}
	}

	/** The pHYs chunk, in the PNG writer's native metadata format: the resolution in pixels per metre. */
	private IIOMetadataNode resolution() {
		String pixelsPerMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
		IIOMetadataNode physical = new IIOMetadataNode("pHYs");
		physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
		physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
		physical.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
		root.appendChild(physical);
		return root;
	}

	/** The canvas of a Java2D graphics context whose user space is the drawing's pixels. */
	private static final class Java2dCanvas implements Canvas {

		/** The SVG default, so that sharp corners of polylines look the same in every format. */
		private static final float MITER_LIMIT = 4;

		private final Graphics2D graphics;
		private final DiagramFont font;

		Java2dCanvas(Graphics2D graphics, DiagramFont font) {
			this.graphics = graphics;
			this.font = font;
		}

		@Override
		public void shape(Shape shape, String fill, Pen pen) {
			if (fill != null) {
				graphics.setColor(Canvas.colour(fill));
				graphics.fill(shape);
			}
			if (pen != null) {
				graphics.setColor(Canvas.colour(pen.colour()));
				graphics.setStroke(stroke(pen));
				graphics.draw(shape);
			}
		}

		@Override
		public void text(TextLine line, String colour) {
			if (line.text().isEmpty()) {
				return;
			}
			graphics.setColor(Canvas.colour(colour));
			graphics.setFont(font.atSize(line.fontSize()));
			graphics.drawString(line.text(), (float) line.left(), (float) line.baseline());
		}

		private static BasicStroke stroke(Pen pen) {
			float[] dashes = null;
			if (pen.dashes().length > 0) {
				dashes = new float[pen.dashes().length];
				for (int i = 0; i < dashes.length; i++) {
					dashes[i] = (float) pen.dashes()[i];
				}
			}
			return new BasicStroke((float) pen.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITER_LIMIT, dashes, 0);
		}
	}
}
