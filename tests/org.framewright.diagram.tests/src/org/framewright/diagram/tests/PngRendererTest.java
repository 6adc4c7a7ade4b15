package org.framewright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.PngRenderer;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.text.DiagramFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The PNG renderer draws the drawing at the asked resolution, records that resolution for word processors, and
 * gives the same bytes for the same drawing.
 */
class PngRendererTest {

	static DiagramFont font;
	static Drawing drawing;

	@BeforeAll
	static void drawSample() throws DiagramFont.FontNotFoundException {
		font = DiagramFont.system();
		drawing = SampleDrawings.framework(font, DiagramStyle.COLOUR);
	}

	@Test
	void atScreenResolutionOnePixelIsOneDrawingPixel() throws IOException {
		BufferedImage image = decode(new PngRenderer(font, 96).render(drawing));
		assertEquals(480, image.getWidth());
		assertEquals(360, image.getHeight());
	}

	@Test
	void atPrintResolutionTheImageIsScaledUp() throws IOException {
		BufferedImage image = decode(new PngRenderer(font, 300).render(drawing));
		assertEquals(1500, image.getWidth()); // 480 px * 300 / 96
		assertEquals(1125, image.getHeight()); // 360 px * 300 / 96
	}

	@Test
	void aPartialPixelAtTheEdgeIsKept() throws IOException {
		Drawing odd = new Drawing(drawing.title(), drawing.description(), 100.5, 50.2, drawing.style(), drawing.heading(),
				drawing.groups(), drawing.connectors(), drawing.nodes(), drawing.legend());
		BufferedImage image = decode(new PngRenderer(font, 96).render(odd));
		assertEquals(101, image.getWidth());
		assertEquals(51, image.getHeight());
	}

	@ParameterizedTest
	@ValueSource(ints = { 96, 300 })
	void theConstructIsFilledAndTheCornerIsWhite(int dpi) throws IOException {
		BufferedImage image = decode(new PngRenderer(font, dpi).render(drawing));
		assertEquals(rgb(DiagramStyle.COLOUR.fill(NodeKind.CONSTRUCT)), pixel(image, SampleDrawings.MO_FILL_SAMPLE, dpi));
		assertEquals(0xffffff, image.getRGB(0, 0) & 0xffffff);
		assertEquals(0xffffff, image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xffffff);
	}

	@Test
	void thePrintStyleFillsConstructsWhite() throws IOException {
		Drawing print = SampleDrawings.framework(font, DiagramStyle.PRINT);
		BufferedImage image = decode(new PngRenderer(font, 96).render(print));
		assertEquals(0xffffff, pixel(image, SampleDrawings.MO_FILL_SAMPLE, 96));
	}

	@ParameterizedTest
	@ValueSource(ints = { 96, 300, 600 })
	void theFileRecordsItsResolution(int dpi) throws IOException {
		Element physical = physicalDimensions(new PngRenderer(font, dpi).render(drawing));
		assertEquals("meter", physical.getAttribute("unitSpecifier"));
		long perMetre = Long.parseLong(physical.getAttribute("pixelsPerUnitXAxis"));
		assertEquals(Math.round(dpi / 0.0254), perMetre);
		assertEquals(dpi, Math.round(perMetre * 0.0254));
		assertEquals(physical.getAttribute("pixelsPerUnitXAxis"), physical.getAttribute("pixelsPerUnitYAxis"));
	}

	@Test
	void theSameDrawingGivesTheSameBytes() {
		byte[] first = new PngRenderer(font, 300).render(drawing);
		byte[] second = new PngRenderer(font, 300).render(SampleDrawings.framework(font, DiagramStyle.COLOUR));
		assertArrayEquals(first, second);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0, 35, 1201, 100_000 })
	void aResolutionOutsideTheRangeIsRefused(int dpi) {
		assertThrows(IllegalArgumentException.class, () -> new PngRenderer(font, dpi));
	}

	@ParameterizedTest
	@ValueSource(ints = { 36, 1200 })
	void theEndsOfTheRangeAreAccepted(int dpi) {
		assertNotNull(new PngRenderer(font, dpi));
	}

	private static BufferedImage decode(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertNotNull(image, "ImageIO cannot read the PNG");
		return image;
	}

	/** The colour of the image pixel under a point of the drawing, as 0xrrggbb. */
	private static int pixel(BufferedImage image, Point point, int dpi) {
		return image.getRGB((int) (point.x() * dpi / 96), (int) (point.y() * dpi / 96)) & 0xffffff;
	}

	private static int rgb(String hex) {
		return Integer.parseInt(hex.substring(1), 16);
	}

	/** The pHYs chunk of the PNG, read back with ImageIO's PNG reader. */
	private static Element physicalDimensions(byte[] png) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			try {
				reader.setInput(input);
				Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
				for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child.getNodeName().equals("pHYs")) {
						return (Element) child;
					}
				}
			} finally {
				reader.dispose();
			}
		}
		throw new AssertionError("the PNG has no pHYs chunk");
	}

	@Test
	void aFigureTooLargeForMemoryIsRefusedWithTheResolutionThatFits() {
		org.framewright.diagram.scene.Drawing small = SampleDrawings.framework(Frameworks.font(), org.framewright.diagram.DiagramStyle.COLOUR);
		org.framewright.diagram.scene.Drawing huge = new org.framewright.diagram.scene.Drawing(small.title(), small.description(), 40_000, 3_000,
				small.style(), small.heading(), small.groups(), small.connectors(), small.nodes(), small.legend());
		int fitting = PngRenderer.maxDpiFor(huge);
		PngRenderer.ImageTooLargeException refused = org.junit.jupiter.api.Assertions.assertThrows(PngRenderer.ImageTooLargeException.class,
				() -> new PngRenderer(Frameworks.font(), 300).render(huge));
		assertTrue(refused.getMessage().contains("--dpi " + fitting), refused.getMessage());
		assertTrue(refused.getMessage().contains("SVG or PDF"), refused.getMessage());
		byte[] fits = new PngRenderer(Frameworks.font(), Math.max(PngRenderer.MIN_DPI, Math.min(fitting, 40))).render(huge);
		assertTrue(fits.length > 0, "at a resolution that fits, the figure is drawn");
	}
}
