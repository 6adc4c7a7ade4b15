package org.framewright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.PdfRenderer;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.text.DiagramFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF renderer writes one page the size of the drawing, with its text searchable in the embedded diagram
 * font, its title in the document information, and the same bytes for the same drawing.
 */
class PdfRendererTest {

	/** PDF sizes are single-precision floats. */
	private static final double POINT_TOLERANCE = 0.01;

	static DiagramFont font;
	static Drawing drawing;
	static byte[] pdf;

	@BeforeAll
	static void renderSample() throws DiagramFont.FontNotFoundException {
		font = DiagramFont.system();
		drawing = SampleDrawings.framework(font, DiagramStyle.COLOUR);
		pdf = new PdfRenderer(font).render(drawing);
	}

	@Test
	void onePageTheSizeOfTheDrawingInPoints() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertEquals(1, document.getNumberOfPages());
			PDRectangle page = document.getPage(0).getMediaBox();
			assertEquals(0, page.getLowerLeftX(), POINT_TOLERANCE);
			assertEquals(0, page.getLowerLeftY(), POINT_TOLERANCE);
			assertEquals(360, page.getWidth(), POINT_TOLERANCE); // 480 px * 0.75
			assertEquals(270, page.getHeight(), POINT_TOLERANCE); // 360 px * 0.75
		}
	}

	@Test
	void theTextCanBeFoundInTheFile() throws IOException {
		String text = text(pdf);
		assertTrue(text.contains("H1 (+)"), text);
		assertTrue(text.contains("MO"), text);
		assertTrue(text.contains("IP"), text);
		assertTrue(text.contains("Conceptual framework: " + SampleDrawings.SPECIAL), text);
		assertTrue(text.contains("Control variable: " + SampleDrawings.SPECIAL), text);
	}

	@Test
	void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
		String text = text(pdf);
		assertTrue(text.contains("SIZE ??"), text);
		assertFalse(text.contains(SampleDrawings.CHINESE), text);
	}

	@Test
	void theDiagramFontIsEmbeddedAsASubset() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			int fonts = 0;
			for (COSName name : resources.getFontNames()) {
				PDFont embedded = resources.getFont(name);
				assertTrue(embedded.isEmbedded(), embedded.getName());
				assertTrue(embedded.getName().matches("[A-Z]{6}\\+DejaVuSans"), embedded.getName());
				fonts++;
			}
			assertEquals(1, fonts);
		}
	}

	@Test
	void theTitleAndCreatorAreSetAndNoDates() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentInformation information = document.getDocumentInformation();
			assertEquals("Conceptual framework: " + SampleDrawings.SPECIAL, information.getTitle());
			assertEquals("Framewright", information.getCreator());
			assertNull(information.getCreationDate());
			assertNull(information.getModificationDate());
		}
	}

	@Test
	void theSameDrawingGivesTheSameBytes() {
		byte[] again = new PdfRenderer(font).render(SampleDrawings.framework(font, DiagramStyle.COLOUR));
		assertArrayEquals(pdf, again);
	}

	@Test
	void theDocumentIdDependsOnTheContent() throws IOException {
		byte[] print = new PdfRenderer(font).render(SampleDrawings.framework(font, DiagramStyle.PRINT));
		assertNotEquals(documentId(pdf), documentId(print));
	}

	private static String text(byte[] file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The first string of the trailer's /ID, in hexadecimal. */
	private static String documentId(byte[] file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file)) {
			COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
			assertEquals(2, ids.size());
			return ((COSString) ids.getObject(0)).toHexString();
		}
	}
}
