package org.framewright.diagram.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.TextLine;
import org.framewright.diagram.text.DiagramFont;

/**
 * Renders a diagram as a one-page vector PDF the size of the drawing, with the diagram's font embedded as a
 * subset. The file depends on the drawing alone: it has no dates, and its document ID is a hash of its title and
 * page content instead of PDFBox's time-based one.
 */
public final class PdfRenderer implements DiagramRenderer {

	/** Points per pixel: a pixel is 1/96 inch, a point 1/72 inch. */
	private static final float POINTS_PER_PIXEL = 0.75f;

	/** The length of each document ID string, in bytes (as long as the MD5 digests most writers use). */
	private static final int ID_LENGTH = 16;

	private final DiagramFont font;

	public PdfRenderer(DiagramFont font) {
		this.font = font;
	}

	@Override
	public byte[] render(Drawing drawing) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(new PDRectangle((float) drawing.width() * POINTS_PER_PIXEL,
					(float) drawing.height() * POINTS_PER_PIXEL));
			document.addPage(page);
			PDType0Font pdfFont = PDType0Font.load(document, font.file().toFile());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				// From here on the drawing's pixels: scaled to points, and y downwards from the top of the page.
				content.transform(new Matrix(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL, 0, page.getMediaBox().getHeight()));
				new DrawingPainter(new PdfCanvas(content, pdfFont)).paint(drawing);
			}
			PDDocumentInformation information = new PDDocumentInformation();
			information.setTitle(drawing.title());
			information.setCreator("Framewright");
			document.setDocumentInformation(information);
			identify(document, page, drawing.title());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the diagram as PDF", e);
		}
	}

	/** Sets the document ID (which PDFBox would derive from the clock) to a hash of the title and the page content. */
	private static void identify(PDDocument document, PDPage page, String title) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		digest.update(title.getBytes(StandardCharsets.UTF_8));
		try (InputStream content = page.getContents()) {
			digest.update(content.readAllBytes());
		}
		byte[] id = Arrays.copyOf(digest.digest(), ID_LENGTH);
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
	}

	/** The canvas of a page content stream whose user space is the drawing's pixels, y downwards. */
	private static final class PdfCanvas implements Canvas {

		/** The SVG default, so that sharp corners of polylines look the same in every format. */
		private static final float MITER_LIMIT = 4;

		private final PDPageContentStream content;
		private final PDFont pdfFont;

		PdfCanvas(PDPageContentStream content, PDFont pdfFont) throws IOException {
			this.content = content;
			this.pdfFont = pdfFont;
			content.setLineCapStyle(0); // butt
			content.setLineJoinStyle(0); // miter
			content.setMiterLimit(MITER_LIMIT);
		}

		@Override
		public void text(TextLine line, String colour) {
			if (line.text().isEmpty()) {
				return;
			}
			try {
				content.beginText();
				content.setFont(pdfFont, (float) line.fontSize());
				content.setNonStrokingColor(Canvas.colour(colour));
				// Flipped back, or the glyphs would stand upside down in the flipped user space.
				content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) line.left(), (float) line.baseline()));
				content.showText(encodable(line.text()));
				content.endText();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** The text with every character the font has no glyph for replaced by '?'. */
		private String encodable(String text) {
			if (canEncode(text)) {
				return text;
			}
			StringBuilder result = new StringBuilder();
			text.codePoints().mapToObj(Character::toString).forEach(c -> result.append(canEncode(c) ? c : "?"));
			return result.toString();
		}

		private boolean canEncode(String text) {
			try {
				pdfFont.encode(text);
				return true;
			} catch (IllegalArgumentException | IOException e) {
				return false;
			}
		}

		@Override
		public void shape(Shape shape, String fill, Pen pen) {
			try {
				if (fill != null) {
					content.setNonStrokingColor(Canvas.colour(fill));
				}
				if (pen != null) {
					content.setStrokingColor(Canvas.colour(pen.colour()));
					content.setLineWidth((float) pen.width());
					content.setLineDashPattern(floats(pen.dashes()), 0);
				}
				trace(shape);
				if (fill != null && pen != null) {
					content.fillAndStroke();
				} else if (fill != null) {
					content.fill();
				} else if (pen != null) {
					content.stroke();
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Adds the outline of a shape to the current path. */
		private void trace(Shape shape) throws IOException {
			double[] c = new double[6];
			for (PathIterator segments = shape.getPathIterator(null); !segments.isDone(); segments.next()) {
				switch (segments.currentSegment(c)) {
					case PathIterator.SEG_MOVETO -> content.moveTo((float) c[0], (float) c[1]);
					case PathIterator.SEG_LINETO -> content.lineTo((float) c[0], (float) c[1]);
					case PathIterator.SEG_CUBICTO -> content.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3],
							(float) c[4], (float) c[5]);
					case PathIterator.SEG_CLOSE -> content.closePath();
					// Made by no primitive of the canvas: Java2D's ellipses and rounded rectangles are cubic.
					default -> throw new IllegalArgumentException("the PDF canvas draws no quadratic curves");
				}
			}
		}

		private static float[] floats(double[] values) {
			float[] result = new float[values.length];
			for (int i = 0; i < values.length; i++) {
				result[i] = (float) values[i];
			}
			return result;
		}
	}
}
