package org.framewright.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.TikzRenderer;
import org.framewright.diagram.render.TikzText;
import org.framewright.diagram.scene.Box;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.ConnectorKind;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.DrawnNode;
import org.framewright.diagram.scene.EdgeLabel;
import org.framewright.diagram.scene.Legend;
import org.framewright.diagram.scene.LegendEntry;
import org.framewright.diagram.scene.NodeKind;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.scene.TextAnchor;
import org.framewright.diagram.scene.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TikZ picture of a framework diagram draws every shape of the drawing where the drawing puts it, typesets
 * every text as written however hostile to TeX, and compiles: a drawing built by hand (two constructs, a control,
 * a group, a hypothesised, an implied and a control arrow, a heading and a legend) is rendered, checked line by
 * line, and, where pdfLaTeX is installed, compiled in a real document.
 */
class TikzRendererTest {

	/** Researcher text with every character TeX gives a meaning, and a command that would read a file. */
	static final String HOSTILE = "50% & $5 #1 {x} ~ ^ _ \\input{/etc/passwd}";

	/** How long a compilation may take before the test gives up on it. */
	static final long COMPILE_TIMEOUT_SECONDS = 120;

	/**
	 * The drawing, sketched (pixels):
	 *
	 * <pre>
	 *   Conceptual framework of Müller (2024) {draft          heading
	 *    .-Antecedents--.  +-------- implied ---------+
	 *    |  ( MO )------|------ H1 (+) ------&gt;( IP )  |  y = 110
	 *    '--------------'                       ^ control
	 *                                        [ SIZE ]       y = 200..244
	 *   +-legend--------------------------------------+     y = 270..350
	 * </pre>
	 */
	static Drawing sample() {
		DiagramStyle style = DiagramStyle.COLOUR;
		List<TextLine> heading = List.of(new TextLine("Conceptual framework of Müller (2024) {draft", 260.125, 28, 16, TextAnchor.MIDDLE, 330));
		List<DrawnNode> groups = List.of(new DrawnNode("group-Antecedents", NodeKind.GROUP, "Antecedents", "Group Antecedents",
				new Box(28, 66, 144, 100), List.of(new TextLine("Antecedents", 34, 160, 10, TextAnchor.START, 60))));
		List<DrawnNode> nodes = List.of(
				new DrawnNode("construct-MO", NodeKind.CONSTRUCT, "MO", "Construct MO: Market orientation", new Box(40, 80, 120, 60),
						List.of(line("MO", 100, 106, 13), line("Market orientation", 100, 124, 11))),
				new DrawnNode("construct-IP", NodeKind.CONSTRUCT, "IP", "Construct IP: " + HOSTILE, new Box(340, 80, 140, 60),
						List.of(line("IP", 410, 106, 13), line(HOSTILE, 410, 124, 11))),
				new DrawnNode("control-SIZE", NodeKind.CONTROL, "SIZE", "Control SIZE: Firm size", new Box(350, 200, 120, 44),
						List.of(line("SIZE", 410, 218, 12), line("Firm size | <250 > \"staff\"", 410, 236, 10))));
		List<Connector> connectors = List.of(
				new Connector("path-MO-IP", ConnectorKind.HYPOTHESISED, "construct-MO", "construct-IP",
						List.of(new Point(160, 110), new Point(340, 110)), List.of("H1"), "Path MO to IP: H1 (positive)",
						new EdgeLabel("H1 (+)", new Box(228, 92, 44, 14), line("H1 (+)", 250, 103, 11))),
				new Connector("path-IP-MO", ConnectorKind.IMPLIED, "construct-IP", "construct-MO",
						List.of(new Point(410, 80), new Point(410, 60), new Point(100, 60), new Point(100, 80)), List.of(),
						"Path IP to MO, implied", null),
				new Connector("control-SIZE-IP", ConnectorKind.CONTROL, "control-SIZE", "construct-IP",
						List.of(new Point(410, 200), new Point(410, 140)), List.of(), "Control SIZE of IP", null));
		Legend legend = new Legend(new Box(20, 270, 480, 80), List.of(
				new LegendEntry(ConnectorKind.HYPOTHESISED, new Point(32, 286), new Point(72, 286), legendText("Hypothesised path", 290)),
				new LegendEntry(ConnectorKind.IMPLIED, new Point(32, 304), new Point(72, 304),
						legendText("Path implied by a mediation or moderation, stated by no hypothesis", 308)),
				new LegendEntry(ConnectorKind.CONTROL, new Point(32, 322), new Point(72, 322), legendText("Control variable (dashed box)", 326)),
				new LegendEntry(null, null, null, new TextLine(
						"Expected effect: (+) positive, (\u2212) negative, (\u2229) inverted U-shaped, (\u222a) U-shaped; MO \u2192 IP", 32, 342, 11,
						TextAnchor.START, 400))));
		return new Drawing("Conceptual framework: Müller\n\\input{/etc/passwd}", "MO and IP", 520, 360, style, heading, groups, connectors,
				nodes, legend);
	}

	private static TextLine line(String text, double x, double baseline, double size) {
		return new TextLine(text, x, baseline, size, TextAnchor.MIDDLE, text.length() * size * 0.6);
	}

	private static TextLine legendText(String text, double baseline) {
		return new TextLine(text, 82, baseline, 11, TextAnchor.START, text.length() * 6.6);
	}

	private static String render(Drawing drawing) {
		return new String(new TikzRenderer().render(drawing), StandardCharsets.UTF_8);
	}

	/** Every text line of the drawing, in drawing order. */
	private static List<TextLine> texts(Drawing drawing) {
		List<TextLine> lines = new ArrayList<>();
		drawing.groups().forEach(group -> lines.addAll(group.text()));
		drawing.connectors().stream().filter(c -> c.label() != null).forEach(c -> lines.add(c.label().line()));
		drawing.nodes().forEach(node -> lines.addAll(node.text()));
		lines.addAll(drawing.heading());
		drawing.legend().entries().forEach(entry -> lines.add(entry.text()));
		return lines;
	}

	// --- the escaping function ---

	static Stream<Arguments> escapes() {
		return Stream.of(
				Arguments.of("50% & $5 #1", "50\\% \\& \\$5 \\#1"),
				Arguments.of("{x} ~ ^ _", "\\{x\\} \\textasciitilde{} \\textasciicircum{} \\_"),
				Arguments.of("\\input{/etc/passwd}", "\\textbackslash{}input\\{/etc/passwd\\}"),
				Arguments.of("\\write18{rm -rf ~}", "\\textbackslash{}write18\\{rm -rf \\textasciitilde{}\\}"),
				Arguments.of("a<b>c|d", "a\\textless{}b\\textgreater{}c\\textbar{}d"),
				Arguments.of("\"staff\"", "\\char34{}staff\\char34{}"),
				Arguments.of("\"1\"", "\\char34{}1\\char34{}"), // the braces end the character code before a digit
				Arguments.of("two\nlines\r\nand\ta tab", "two lines  and a tab"),
				Arguments.of("H1 (+), H2 (\u2212)", "H1 (+), H2 ($-$)"),
				Arguments.of("(\u2229) (\u222a)", "($\\cap$) ($\\cup$)"),
				Arguments.of("MO \u2192 IP", "MO $\\rightarrow$ IP"),
				Arguments.of("Müller, Núñez, Øster, Straße", "Müller, Núñez, Øster, Straße"),
				Arguments.of("Mu\u0308ller", "Müller"), // a decomposed accent, composed: pdfLaTeX knows no combining marks
				Arguments.of("نموذج 模型", "نموذج 模型"), // passes through, for XeLaTeX or LuaLaTeX
				Arguments.of("pre--post, ``quoted'', ,,low", "pre-{}-post, `{}`quoted'{}', ,{},low"),
				Arguments.of("a\u00a0b", "a~b"));
	}

	@ParameterizedTest
	@MethodSource("escapes")
	void escapeTypesetsTheTextAsWritten(String text, String expected) {
		assertEquals(expected, TikzText.escape(text));
	}

	/** The commands escaping may produce: each typesets one character and reads nothing. */
	static final Set<String> SAFE_COMMANDS = Set.of("textbackslash", "textasciicircum", "textasciitilde", "textless", "textgreater",
			"textbar", "char", "cap", "cup", "rightarrow", "{", "}", "$", "&", "#", "%", "_");

	@ParameterizedTest
	@MethodSource("hostileTexts")
	void escapedTextRunsNoCommandAndBalancesItsBraces(String text) {
		String tex = TikzText.escape(text);
		Matcher command = Pattern.compile("\\\\([a-zA-Z]+|.)").matcher(tex);
		while (command.find()) {
			assertTrue(SAFE_COMMANDS.contains(command.group(1)), () -> "\\" + command.group(1) + " in " + tex);
		}
		assertEquals(0, braceDepth(tex), tex);
		assertEquals(0, tex.replace("\\$", "").chars().filter(c -> c == '$').count() % 2, () -> "math mode left open in " + tex);
	}

	static Stream<String> hostileTexts() {
		return Stream.of(HOSTILE, "}", "{{{", "\\", "\\\\", "\\}", "$", "^^5c", "%\n\\input x", "\\csname foo\\endcsname", "\\def\\x{}",
				"\\immediate\\write18{touch pwned}", "\\catcode`\\@=11", "#1#2##", "\u2212\u2229\u222a\u2192$");
	}

	// --- the picture ---

	@Test
	void onePictureWithBalancedBraces() {
		String tex = render(sample());
		assertEquals(1, occurrences(tex, "\\begin{tikzpicture}"));
		assertEquals(1, occurrences(tex, "\\end{tikzpicture}"));
		assertTrue(tex.endsWith("\\end{tikzpicture}\n"));
		assertEquals(0, braceDepth(tex));
		assertFalse(uncommented(tex).replace("\\#", "").contains("#"), "a macro parameter breaks the picture in a beamer frame");
	}

	@Test
	void commentsSayWhatThePictureNeedsAndKeepTheTitleOnOneLine() {
		String tex = render(sample());
		assertTrue(tex.startsWith("% Conceptual framework: Müller \\input{/etc/passwd}\n"), tex);
		assertTrue(tex.contains("Needs \\usepackage{tikz} and no TikZ library"));
		assertTrue(tex.contains("XeLaTeX or LuaLaTeX"));
	}

	@Test
	void everyTextIsTypesetEscapedAtItsBaseline() {
		Drawing drawing = sample();
		String tex = render(drawing);
		for (TextLine line : texts(drawing)) {
			assertTrue(tex.contains(" {" + TikzText.escape(line.text()) + "};\n"), () -> "missing: " + line.text());
		}
		assertTrue(tex.contains("\\node[fw text, anchor=base, font=\\sffamily\\fontsize{8.25}{9.9}\\selectfont] at (410,124) "
				+ "{50\\% \\& \\$5 \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\_ \\textbackslash{}input\\{/etc/passwd\\}};\n"), tex);
		assertTrue(tex.contains("\\node[fw text, anchor=base west, font=\\sffamily\\fontsize{8.25}{9.9}\\selectfont] at (82,290) "
				+ "{Hypothesised path};\n"), tex);
		assertTrue(tex.contains("\\node[fw text, anchor=base, font=\\sffamily\\fontsize{12}{14.4}\\selectfont] at (260.13,28) "
				+ "{Conceptual framework of Müller (2024) \\{draft};\n"), tex);
		assertFalse(uncommented(tex).contains("\\input"), "the researcher's \\input is typeset, not run");
	}

	@Test
	void everyNodeIsDrawnInItsShape() {
		String tex = render(sample());
		String construct = "\\filldraw[fill=fwConstructFill, draw=fwConstructLine, line width=1.2pt] ";
		assertTrue(tex.contains(construct + "(100,110) ellipse [x radius=60, y radius=30];\n"));
		assertTrue(tex.contains(construct + "(410,110) ellipse [x radius=70, y radius=30];\n"));
		assertTrue(tex.contains("\\filldraw[fill=fwControlFill, draw=fwControlLine, line width=0.75pt, dash pattern=on 3.75pt off 2.25pt] "
				+ "(350,200) rectangle (470,244);\n"));
		assertTrue(tex.contains("\\filldraw[fill=fwGroupFill, draw=fwGroupLine, line width=0.75pt, rounded corners=6pt] "
				+ "(28,66) rectangle (172,166);\n"));
		assertTrue(tex.contains("\\definecolor{fwConstructFill}{HTML}{EEF5FB}\n"));
		assertTrue(tex.contains("\\definecolor{fwImpliedArrow}{HTML}{8A8A8A}\n"));
	}

	@Test
	void everyConnectorIsDrawnWithItsArrowheadInItsKindsStyle() {
		Drawing drawing = sample();
		String tex = render(drawing);
		for (Connector connector : drawing.connectors()) {
			Pattern drawn = Pattern.compile("% " + Pattern.quote(connector.id()) + "\n\\\\draw\\[fw" + kindName(connector.kind())
					+ "Arrow, [^\n]*\n\\\\fill\\[fw" + kindName(connector.kind()) + "Arrow\\] \\([^\n]* -- cycle;\n");
			assertTrue(drawn.matcher(tex).find(), () -> "not drawn: " + connector.id());
		}
		assertTrue(tex.contains("\\draw[fwHypothesisedArrow, line width=1.05pt] (160,110) -- (332.8,110);\n"
				+ "\\fill[fwHypothesisedArrow] (340,110) -- (331,114) -- (331,106) -- cycle;\n"
				+ "\\fill[white, fill opacity=0.9] (228,92) rectangle (272,106);\n"
				+ "\\node[fw text, anchor=base, font=\\sffamily\\fontsize{8.25}{9.9}\\selectfont] at (250,103) {H1 (+)};\n"), tex);
		assertTrue(tex.contains("\\draw[fwImpliedArrow, line width=0.9pt, dash pattern=on 1.5pt off 2.25pt] "
				+ "(410,80) -- (410,60) -- (100,60) -- (100,72.8);\n"));
		assertTrue(tex.contains("\\draw[fwControlArrow, line width=0.9pt, dash pattern=on 4.5pt off 3pt] (410,200) -- (410,147.2);\n"));
		long samples = drawing.legend().entries().stream().filter(entry -> entry.sample() != null).count();
		assertEquals(drawing.connectors().size() + samples, occurrences(tex, "\\draw["));
		assertEquals(drawing.connectors().size() + samples, occurrences(tex, " -- cycle;\n"));
	}

	@Test
	void sameDrawingSameBytesInEveryLocale() {
		byte[] first = new TikzRenderer().render(sample());
		Locale saved = Locale.getDefault();
		try {
			for (Locale locale : List.of(Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("ar-EG"),
					Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
				Locale.setDefault(locale);
				assertArrayEquals(first, new TikzRenderer().render(sample()), locale.toLanguageTag());
			}
		} finally {
			Locale.setDefault(saved);
		}
	}

	// --- a real compilation ---

	/**
	 * The documents the picture must compile in: LaTeX's default font encoding (OT1), and T1, which most theses
	 * use. Without the cm-super fonts, pdfLaTeX makes bitmap fonts for T1 (and for the OT1 dollar sign) with
	 * METAFONT, which the minimal TeX installation has.
	 */
	static Stream<Arguments> documents() {
		return Stream.of(
				Arguments.of("OT1", "\\usepackage[utf8]{inputenc}"),
				Arguments.of("T1", "\\usepackage[utf8]{inputenc}\\usepackage[T1]{fontenc}"));
	}

	/**
	 * Compiles the picture with pdfLaTeX, without shell escape, and reads what it typeset from the log: TeX lists
	 * every character of the page it ships out ({@code \tracingoutput}), so the test sees the researcher's
	 * {@code \input} as the characters it typeset, and that no file was read.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void compilesWithPdflatex(String encoding, String packages, @TempDir Path directory) throws Exception {
		Optional<Path> pdflatex = onPath("pdflatex");
		if (pdflatex.isEmpty()) {
			String reason = "pdflatex is not on the PATH (Debian: apt-get install --no-install-recommends texlive-latex-base "
					+ "texlive-pictures); the picture was not compiled in " + encoding;
			System.out.println("Skipped: " + reason);
			assumeTrue(false, reason);
		}
		Files.write(directory.resolve("diagram.tex"), new TikzRenderer().render(sample()));
		Files.writeString(directory.resolve("document.tex"), "\\documentclass{article}" + packages + "\\usepackage{tikz}\\pagestyle{empty}\n"
				+ "\\showboxbreadth=1000000 \\showboxdepth=1000000 \\tracingoutput=1 \\tracingonline=0\n"
				+ "\\begin{document}\\input{diagram.tex}\\end{document}\n", StandardCharsets.UTF_8);

		long start = System.nanoTime();
		Compilation compilation = run(directory, pdflatex.get().toString(), "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
				"document.tex");
		System.out.printf("pdflatex (%s) took %d ms%n", encoding, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		String log = Files.readString(directory.resolve("document.log"), StandardCharsets.ISO_8859_1);
		assertEquals(0, compilation.exitCode(), () -> "pdflatex failed:\n" + compilation.output());
		assertTrue(Files.size(directory.resolve("document.pdf")) > 0);

		String typeset = typeset(log);
		assertTrue(typeset.contains("input"), typeset);
		assertTrue(typeset.contains("/etc/passwd"), typeset);
		assertTrue(typeset.contains("H1(+)"), typeset);
		assertFalse(log.contains("(/etc/passwd"), "pdflatex opened /etc/passwd");
		assertFalse(log.contains("root:"), "pdflatex typeset /etc/passwd");
	}

	/** The characters of the shipped-out page, in order, from the log's box listing (spaces are glue, left out). */
	private static String typeset(String log) {
		StringBuilder text = new StringBuilder();
		Matcher character = Pattern.compile("(?m)^\\.+\\\\[A-Z0-9]+/\\S+ (\\S)(?: \\(ligature (\\S+)\\))?$").matcher(log);
		while (character.find()) {
			text.append(character.group(2) != null ? character.group(2) : character.group(1));
		}
		return text.toString();
	}

	private record Compilation(int exitCode, String output) {
	}

	/**
	 * Runs pdfLaTeX in the directory, its input closed and its output kept, and waits for it. The fonts it makes
	 * go to the directory too (TEXMFVAR), not to the home directory, which a build machine may not let it write.
	 */
	private static Compilation run(Path directory, String... command) throws IOException, InterruptedException {
		Path output = directory.resolve("pdflatex-output.txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(output.toFile());
		builder.environment().put("TEXMFVAR", directory.resolve("texmf-var").toString());
		Process process = builder.start();
		process.getOutputStream().close();
		if (!process.waitFor(COMPILE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + COMPILE_TIMEOUT_SECONDS + " s");
		}
		return new Compilation(process.exitValue(), Files.readString(output, StandardCharsets.ISO_8859_1));
	}

	private static Optional<Path> onPath(String program) {
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Stream.of(path.split(Pattern.quote(File.pathSeparator))).filter(dir -> !dir.isEmpty())
				.flatMap(dir -> Stream.of(Path.of(dir, program), Path.of(dir, program + ".exe"))).filter(Files::isExecutable).findFirst();
	}

	// --- helpers ---

	/** How deep the braces are nested at the end of the TeX text, skipping comments and escaped braces; -1 if one closes too many. */
	private static int braceDepth(String tex) {
		int depth = 0;
		for (int i = 0; i < tex.length(); i++) {
			char c = tex.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '%') {
				while (i < tex.length() && tex.charAt(i) != '\n') {
					i++;
				}
			} else if (c == '{') {
				depth++;
			} else if (c == '}' && --depth < 0) {
				return -1;
			}
		}
		return depth;
	}

	/** The TeX text without its comments. */
	private static String uncommented(String tex) {
		return tex.replaceAll("(?m)^%.*$", "");
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			count++;
		}
		return count;
	}

	private static String kindName(ConnectorKind kind) {
		String lower = kind.name().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}
