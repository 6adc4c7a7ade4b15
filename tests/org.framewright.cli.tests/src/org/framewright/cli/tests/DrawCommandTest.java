package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.framewright.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framewright draw}: every format from the command line, written where asked, and every usage error. */
class DrawCommandTest {

	private static final String ALLIANCES = Cli.EXAMPLES.resolve("sme-alliances.fwk").toString();

	@TempDir
	Path output;

	@Test
	void allFormatsIntoAFolder() throws Exception {
		Cli.Result result = Cli.run("draw", ALLIANCES, "--format", "all", "--items", "-o", output.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(output.resolve("SmeAlliances-diagram-items.svg").toFile());
		var png = ImageIO.read(output.resolve("SmeAlliances-diagram-items.png").toFile());
		assertTrue(png.getWidth() > 1000, "300 dpi by default: " + png.getWidth());
		byte[] pdf = Files.readAllBytes(output.resolve("SmeAlliances-diagram-items.pdf"));
		assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
		String tikz = Files.readString(output.resolve("SmeAlliances-diagram-items.tex"), StandardCharsets.UTF_8);
		assertTrue(tikz.contains("\\begin{tikzpicture}") && tikz.contains("\\end{tikzpicture}"));
		assertTrue(tikz.contains("Market orientation"));
	}

	@Test
	void aFileNamedWithTheFormatsExtensionIsWrittenAsNamed() throws Exception {
		Path figure = output.resolve("figure-1.png");
		Cli.Result result = Cli.run("draw", ALLIANCES, "--format", "png", "--dpi", "96", "--style", "print", "-o", figure.toString());
		assertEquals(Main.OK, result.exit(), result::toString);
		var image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(figure)));
		assertTrue(image.getWidth() > 300 && image.getWidth() < 1500, "96 dpi: " + image.getWidth());
	}

	@Test
	void theSameFrameworkGivesTheSameBytes() throws Exception {
		assertEquals(Main.OK, Cli.run("draw", ALLIANCES, "--format", "all", "-o", output.resolve("a").toString()).exit());
		assertEquals(Main.OK, Cli.run("draw", ALLIANCES, "--format", "all", "-o", output.resolve("b").toString()).exit());
		for (String file : new String[] { "SmeAlliances-diagram.svg", "SmeAlliances-diagram.png", "SmeAlliances-diagram.pdf",
				"SmeAlliances-diagram.tex" }) {
			assertArrayEquals(Files.readAllBytes(output.resolve("a").resolve(file)), Files.readAllBytes(output.resolve("b").resolve(file)), file);
		}
	}

	@Test
	void aFileFramewrightDidNotWriteIsNotReplaced() throws Exception {
		Path figure = output.resolve("figure.svg");
		Files.writeString(figure, "my own drawing");
		Cli.Result refused = Cli.run("draw", ALLIANCES, "-o", figure.toString());
		assertEquals(Main.USAGE, refused.exit(), refused::toString);
		assertTrue(refused.err().contains("--force"), refused::toString);
		assertEquals("my own drawing", Files.readString(figure));
		assertEquals(Main.OK, Cli.run("draw", ALLIANCES, "--force", "-o", figure.toString()).exit());
		assertTrue(Files.readString(figure).startsWith("<?xml"));
	}

	@Test
	void aFrameworkWithErrorsIsNotDrawn() throws Exception {
		Path broken = output.resolve("broken.fwk");
		Files.writeString(broken, "framework Broken \"b\"\nhypothesis H1: A -> B positive\n");
		Cli.Result result = Cli.run("draw", broken.toString(), "-o", output.resolve("out").toString());
		assertEquals(Main.MODEL_ERRORS, result.exit(), result::toString);
		assertTrue(result.err().contains(broken + ":2:"), result::toString);
		assertFalse(Files.exists(output.resolve("out")));
		Cli.assertNoStackTrace(result);
	}

	@Test
	void usageErrors() {
		for (String[] args : new String[][] { { "draw", ALLIANCES }, { "draw", "-o", output.toString() },
				{ "draw", ALLIANCES, "--format", "gif", "-o", output.toString() },
				{ "draw", ALLIANCES, "--style", "neon", "-o", output.toString() },
				{ "draw", ALLIANCES, "--format", "png", "--dpi", "5000", "-o", output.toString() },
				{ "draw", ALLIANCES, "--dpi", "many", "-o", output.toString() },
				{ "draw", ALLIANCES, "--font", output.resolve("missing.ttf").toString(), "-o", output.toString() },
				{ "draw", output.resolve("missing.fwk").toString(), "-o", output.toString() } }) {
			Cli.Result result = Cli.run(args);
			assertEquals(Main.USAGE, result.exit(), () -> String.join(" ", args) + "\n" + result);
			Cli.assertNoStackTrace(result);
		}
	}
}
