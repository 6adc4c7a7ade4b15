package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.framewright.analysis.design.AnalysisDesigner;
import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.Measure;
import org.framewright.analysis.mplus.MplusWriter;
import org.framewright.analysis.stata.StataWriter;
import org.framewright.model.Construct;
import org.framewright.model.ConstructKind;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.model.generation.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability and validity in the Stata do-file and the Mplus CFA input: every first-order reflective construct with
 * two or more items, with every one of its items, and nothing else. Neither tool runs here, so the tests read the
 * text; the golden files pin the rest.
 */
class ReliabilityScriptTest {

	/** Reflective constructs of three and two items, and a higher-order, a formative and a single-item construct and a product term beside them. */
	private static final String MIXED = """
			framework Mixed "Mixed measures"
			scale Agree5 likert 5
			construct X "X" reflective scale Agree5 { item X1 "a" item X2 "b" item X3 "c" }
			construct Y "Y" reflective scale Agree5 { item Y1 "a" item Y2 "b" }
			construct H "H" dimensions X, Y
			construct F "F" formative scale Agree5 { item F1 "a" item F2 "b" item F3 "c" }
			construct S "S" reflective scale Agree5 { item S1 "a" }
			construct Z "Z" reflective scale Agree5 { item Z1 "a" item Z2 "b" item Z3 "c" }
			hypothesis H1: H -> F positive
			hypothesis H2: S -> Z positive
			hypothesis H3: F moderates S -> Z strengthens
			""";

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theStataReliabilityPartHasEveryMultiItemReflectiveConstructWithEveryItem(String example) {
		Framework framework = Frameworks.example(example);
		String part = stataReliabilityPart(framework);
		List<Construct> constructs = multiItemReflective(framework);
		assertEquals("matrix rownames fw_rel = " + constructs.stream().map(Construct::getName).collect(Collectors.joining(" ")),
				line(part, "matrix rownames fw_rel = "));
		for (Construct construct : constructs) {
			String items = stataItems(construct);
			String name = construct.getName();
			assertTrue(part.contains("\nalpha " + items + ", asis casewise" + (construct.getItems().size() > 2 ? " item\n" : "\n")), name + ": alpha");
			assertTrue(part.contains("\n    (" + name + " -> " + items + ") ///\n"), name + ": in the CFA");
			assertTrue(part.contains("\n    foreach fw_item in " + items + " {\n        quietly estat stdize: nlcom _b[`fw_item':" + name + "]\n"),
					name + ": composite reliability and AVE from every standardized loading");
			assertTrue(line(part, "quietly correlate ").contains(" " + items), name + ": in the HTMT correlations");
		}
		assertEquals(constructs.size(), count(part, "\nalpha "), "alpha of these constructs only");
		String groups = line(part, "mata: st_matrix(\"fw_htmt\"");
		assertEquals(constructs.stream().mapToInt(c -> c.getItems().size()).sum(), groups.split(",").length - 2,
				"one construct number per item in the HTMT call: " + groups);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theMplusCfaHasEveryMultiItemReflectiveConstructWithEveryItem(String example) {
		Framework framework = Frameworks.example(example);
		String cfa = mplusCfa(framework);
		List<Construct> constructs = multiItemReflective(framework);
		String constraint = cfa.substring(cfa.indexOf("MODEL CONSTRAINT:"), cfa.indexOf("OUTPUT:")).replaceAll("\n +", " ");
		for (Construct construct : constructs) {
			String latent = mplusName(cfa, construct.getName());
			List<Item> items = construct.getItems();
			String first = items.get(0).getName();
			assertTrue(cfa.contains("\n  " + latent + " BY " + mplusName(cfa, first) + "* (" + mplusName(cfa, "l_" + first) + ")\n"),
					latent + ": every loading free, the first too");
			assertTrue(cfa.contains("\n  " + latent + "@1;\n"), latent + ": factor variance fixed at 1");
			String cr = statement(constraint, mplusName(cfa, "CR_" + construct.getName()));
			String ave = statement(constraint, mplusName(cfa, "AVE_" + construct.getName()));
			for (Item item : items) {
				String loading = mplusName(cfa, "l_" + item.getName());
				String residual = mplusName(cfa, "e_" + item.getName());
				String name = mplusName(cfa, item.getName());
				assertTrue(cfa.contains(" " + name + " (" + loading + ")") || cfa.contains(" " + name + "* (" + loading + ")"), loading);
				assertTrue(cfa.contains("\n  " + name + " (" + residual + ");\n"), residual);
				assertTrue(containsWord(cr, loading) && containsWord(cr, residual), latent + " CR: " + cr);
				assertTrue(ave.contains(loading + "**2") && containsWord(ave, residual), latent + " AVE: " + ave);
			}
		}
		assertEquals(constructs.size(), count(cfa, "@1;"), "a factor for these constructs only");
	}

	@Test
	void higherOrderFormativeSingleItemConstructsAndProductTermsAreLeftOut() {
		Framework framework = Frameworks.parse("mixed.fwk", MIXED);
		AnalysisModel analysis = AnalysisDesigner.design(framework);
		assertEquals(List.of("X", "Y", "Z"), analysis.multiItemReflectiveMeasures().stream().map(Measure::latent).toList());
		assertFalse(analysis.productTerms().isEmpty(), "the moderation makes a product term");
		String stata = stataReliabilityPart(framework);
		String cfa = mplusCfa(framework);
		assertEquals("matrix rownames fw_rel = X Y Z", line(stata, "matrix rownames fw_rel = "));
		for (String latent : List.of("H", "F", "S")) {
			assertFalse(stata.contains("(" + latent + " -> "), latent + " in the Stata CFA");
			assertFalse(cfa.contains("\n  " + latent + " BY "), latent + " in the Mplus CFA");
		}
		for (String item : List.of("F1", "F2", "F3", "S1")) {
			assertFalse(Pattern.compile("\\b" + item.toLowerCase(Locale.ROOT) + "\\b").matcher(stata).find(), item + " in Stata");
			assertFalse(Pattern.compile("\\b" + item + "\\b").matcher(line(cfa, "  USEVARIABLES ARE ")).find(), item + " in the Mplus CFA");
		}
		String product = analysis.productTerms().get(0).latent();
		assertFalse(stata.toLowerCase(Locale.ROOT).contains(product.toLowerCase(Locale.ROOT)) || cfa.contains(product), product);
		assertTrue(stata.contains("\nalpha y1 y2, asis casewise\n"), "no item statistics for two items");
	}

	@Test
	void aSingleConstructOfTwoItemsHasAlphaButNoCfa() {
		Framework framework = Frameworks.parse("two-items.fwk", """
				framework TwoItems "Two items"
				scale Agree5 likert 5
				construct A "A" reflective scale Agree5 { item A1 "a" item A2 "b" }
				construct B "B" formative scale Agree5 { item B1 "a" item B2 "b" item B3 "c" }
				hypothesis H1: A -> B positive
				""");
		assertFalse(AnalysisDesigner.design(framework).isMeasurementModelIdentified());
		List<GeneratedFile> mplus = new MplusWriter().generate(framework);
		assertEquals(List.of("TwoItems.inp"), mplus.stream().map(GeneratedFile::relativePath).toList(), "no CFA input that cannot be identified");
		assertFalse(text(mplus.get(0)).contains("-cfa.inp"));
		String stata = stataReliabilityPart(framework);
		assertTrue(stata.contains("\nalpha a1 a2, asis casewise\n"), stata);
		assertFalse(stata.contains("sem ") || stata.contains("fw_htmt"), "neither a CFA nor HTMT for one construct of two items");
	}

	@Test
	void aFrameworkOfFormativeConstructsSaysItHasNothingToAssess() {
		Framework framework = Frameworks.parse("formative.fwk", """
				framework Formative "Formative only"
				scale Agree5 likert 5
				construct A "A" formative scale Agree5 { item A1 "a" item A2 "b" }
				construct B "B" formative scale Agree5 { item B1 "a" item B2 "b" }
				hypothesis H1: A -> B positive
				""");
		assertEquals(1, new MplusWriter().generate(framework).size());
		String stata = text(new StataWriter().generate(framework).get(0));
		assertTrue(stata.contains("// Reliability and validity: the framework has no first-order reflective construct with two or more"), stata);
		assertFalse(stata.contains("\nalpha ") || stata.contains("fw_rel"));
	}

	/** The first-order reflective constructs with two or more items, read from the framework itself. */
	private static List<Construct> multiItemReflective(Framework framework) {
		return framework.getConstructs().stream()
				.filter(c -> c.getKind() != ConstructKind.FORMATIVE && !c.isHigherOrder() && c.getItems().size() >= 2).toList();
	}

	/** The reliability part of the do-file: from its first comment to the blank line before the structural model's comments. */
	private static String stataReliabilityPart(Framework framework) {
		String stata = text(new StataWriter().generate(framework).get(0));
		int start = stata.indexOf("\n// Reliability and validity");
		int end = stata.lastIndexOf("\n\n", stata.indexOf("\nsem ///\n"));
		assertTrue(start >= 0 && end > start, "a reliability part before the structural model");
		return stata.substring(start, end + 1);
	}

	private static String mplusCfa(Framework framework) {
		List<GeneratedFile> files = new MplusWriter().generate(framework);
		GeneratedFile cfa = files.stream().filter(file -> file.relativePath().endsWith("-cfa.inp")).findFirst().orElseThrow();
		return text(cfa);
	}

	private static String stataItems(Construct construct) {
		return construct.getItems().stream().map(item -> item.getName().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
	}

	/** The Mplus name of a name: itself, unless the input lists it as renamed ({@code ! MPLUS = name}). */
	private static String mplusName(String input, String name) {
		Map<String, String> renamed = new HashMap<>();
		Matcher matcher = Pattern.compile("(?m)^! (\\w+) = (\\w+)$").matcher(input);
		while (matcher.find()) {
			renamed.put(matcher.group(2), matcher.group(1));
		}
		return renamed.getOrDefault(name, name);
	}

	/** The right-hand side of the MODEL CONSTRAINT statement defining a parameter. */
	private static String statement(String constraint, String parameter) {
		Matcher matcher = Pattern.compile("\\b" + parameter + " = ([^;]*);").matcher(constraint);
		assertTrue(matcher.find(), parameter + " is defined");
		return matcher.group(1);
	}

	private static boolean containsWord(String text, String word) {
		return Pattern.compile("\\b" + word + "\\b").matcher(text).find();
	}

	private static String line(String text, String start) {
		return text.lines().filter(line -> line.startsWith(start)).findFirst().orElse("");
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}

	private static String text(GeneratedFile file) {
		return new String(file.content(), StandardCharsets.UTF_8);
	}
}
