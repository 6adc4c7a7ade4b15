package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.framewright.analysis.seminr.SeminrWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.testing.Rscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seminr script. seminr cannot be installed here (it is not packaged for Debian and CRAN is out of reach), so
 * the script is pinned by golden files, reviewed against seminr's reference (composite, higher_composite,
 * interaction_term with two_stage, paths, estimate_pls, bootstrap_model, specific_effect_significance), and R's
 * parser must accept it. After an intended change of the writer, regenerate the golden files by running the build
 * with {@code -Dframewright.updateGolden=true} (the test pom hands it to the test JVM; {@code FRAMEWRIGHT_UPDATE_GOLDEN=true}
 * in the environment works too), review the diff, and commit them.
 */
class SeminrScriptTest {

	private static final Path GOLDEN = Path.of("golden", "seminr");

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theScriptIsTheReviewedGoldenFile(String example) throws IOException {
		GeneratedFile file = generate(Frameworks.example(example));
		Path golden = GOLDEN.resolve(file.relativePath());
		if (updateGolden()) {
			Files.createDirectories(GOLDEN);
			Files.write(golden, file.content());
		}
		assertTrue(Files.exists(golden), golden + " is missing: run the build once with -Dframewright.updateGolden=true and review it");
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), new String(file.content(), StandardCharsets.UTF_8),
				"the script differs from " + golden + " (if intended, regenerate with -Dframewright.updateGolden=true and review)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk", "eo-performance-moderation.fwk", "serial-mediation.fwk" })
	void theScriptNamesEveryConstructItemAndHypothesisAndParses(String example) throws IOException {
		Framework framework = Frameworks.example(example);
		String script = script(framework);
		framework.getConstructs().forEach(construct -> assertTrue(script.contains("composite(\"" + construct.getName() + "\", "), construct.getName()));
		framework.getConstructs().forEach(construct -> construct.getItems()
				.forEach(item -> assertTrue(script.contains("\"" + item.getName() + "\""), item.getName())));
		framework.getHypotheses().forEach(hypothesis -> assertTrue(script.contains("\"" + hypothesis.getName() + "\""), hypothesis.getName()));
		assertParses(script);
	}

	@Test
	void aMediationIsReportedBySeminrAndTestedFromThePathDraws() throws IOException {
		String script = script(Frameworks.example("serial-mediation.fwk"));
		assertTrue(script.contains("specific_effect_significance(boot, from = \"EO\", through = c(\"OL\", \"IC\"), to = \"EP\", alpha = 0.1)"), script);
		assertTrue(script.contains("\"ind_H5\" = list(list(weight = 1, labels = c(\"p_EO_OL\", \"p_OL_IC\", \"p_IC_EP\")))"), script);
	}

	@Test
	void aModerationIsATwoStageInteractionNamedWithAStar() throws IOException {
		String script = script(Frameworks.example("eo-performance-moderation.fwk"));
		assertTrue(script.contains("higher_composite(\"EO\", c(\"INN\", \"PRO\", \"RISK\"), method = two_stage, weights = mode_A)"), script);
		assertTrue(script.contains("interaction_term(iv = \"EO\", moderator = \"AL\", method = two_stage)"), script);
		assertTrue(script.contains("\"EO*AL\""), script);
		assertTrue(script.contains("composite(\"SIZE\", single_item(\"SIZE\"))"), script);
	}

	/*
	 * The verdict part of the script run in R on stand-ins for seminr's results (pls$path_coef, and boot$boot_paths
	 * as constructs x constructs x draws, the layout specific_effect_significance reads), since seminr itself cannot
	 * be installed: paths 0.5, 0.5, 0.4 with bootstrap SD 0.05, and a direct path of 0.02 that must not be supported.
	 */
	@Test
	void theVerdictsFollowTheBootstrapDrawsOfPathsAndIndirectEffects() throws IOException {
		String script = script(Frameworks.example("serial-mediation.fwk"));
		String verdictPart = script.substring(script.indexOf("# The path each coefficient"));
		Files.writeString(folder.resolve("verdicts.R"), """
				set.seed(1)
				cs <- c("EO", "OL", "IC", "EP")
				pc <- matrix(0, 4, 4, dimnames = list(cs, cs))
				pc["EO", "OL"] <- 0.5; pc["OL", "IC"] <- 0.5; pc["IC", "EP"] <- 0.4; pc["EO", "EP"] <- 0.02
				pls <- list(path_coef = pc)
				bp <- array(0, c(4, 4, 1000), dimnames = list(cs, cs, NULL))
				for (k in 1:1000) bp[, , k] <- pc + ifelse(pc != 0, rnorm(16, sd = 0.05), 0)
				boot <- list(boot_paths = bp)
				specific_effect_significance <- function(...) "not run without seminr"
				report <- function(title, value) print(value)
				verdict_file <- "verdicts.csv"
				""" + verdictPart);
		Rscript.succeed(folder, "verdicts.R");
		Map<String, Verdicts.Verdict> verdicts = Verdicts.read(folder.resolve("verdicts.csv"));
		assertEquals(List.of("supported", "supported", "supported", "not supported", "supported"),
				verdicts.values().stream().map(Verdicts.Verdict::verdict).toList());
		assertEquals(0.5 * 0.5 * 0.4, verdicts.get("H5").estimate(), 1e-12);
		assertEquals(0.9, verdicts.get("H5").level(), 1e-12);
		assertTrue(verdicts.get("H4").p() >= 0.05, verdicts.get("H4").toString());
	}

	/*
	 * The simple slopes of a moderation from the same stand-ins: EO -> IP 0.4 and EO*AL -> IP 0.2, so that with
	 * standardized construct scores the slope of EO is 0.2 one SD below AL's mean and 0.6 one SD above it.
	 */
	@Test
	void theSimpleSlopesOfAModerationAreComputedFromThePathDraws() throws IOException {
		String script = script(Frameworks.example("eo-performance-moderation.fwk"));
		String verdictPart = script.substring(script.indexOf("# The path each coefficient"));
		Files.writeString(folder.resolve("slopes.R"), """
				set.seed(1)
				cs <- c("EO", "AL", "EO*AL", "SIZE", "AGE", "IP")
				pc <- matrix(0, 6, 6, dimnames = list(cs, cs))
				pc["EO", "IP"] <- 0.4; pc["AL", "IP"] <- 0.3; pc["EO*AL", "IP"] <- 0.2; pc["SIZE", "IP"] <- 0.1
				pls <- list(path_coef = pc)
				bp <- array(0, c(6, 6, 1000), dimnames = list(cs, cs, NULL))
				for (k in 1:1000) bp[, , k] <- pc + ifelse(pc != 0, rnorm(36, sd = 0.05), 0)
				boot <- list(boot_paths = bp)
				report <- function(title, value) print(value)
				verdict_file <- "verdicts.csv"
				""" + verdictPart + """
				write.csv(effect_table, "effects.csv", row.names = FALSE)
				""");
		Rscript.succeed(folder, "slopes.R");
		List<String> effects = Files.readAllLines(folder.resolve("effects.csv"));
		assertEquals(4, effects.size(), effects.toString());
		assertEquals(0.2, estimate(effects, "slope_H3_low"), 1e-12);
		assertEquals(0.4, estimate(effects, "slope_H3_mean"), 1e-12);
		assertEquals(0.6, estimate(effects, "slope_H3_high"), 1e-12);
	}

	private static double estimate(List<String> csv, String parameter) {
		return csv.stream().filter(line -> line.startsWith("\"" + parameter + "\",")).map(line -> Double.parseDouble(line.split(",")[1]))
				.findFirst().orElseThrow(() -> new AssertionError(parameter + " not in " + csv));
	}

	@Test
	void hostileTitlesAndStatementsStayInsideTheirStringsAndComments() throws IOException {
		String script = script(Frameworks.testFramework("hostile-titles.fwk"));
		assertParses(script);
		assertTrue(script.chars().allMatch(c -> c == '\n' || c >= 0x20), "no control character but line ends");
		for (String line : script.split("\n")) {
			assertTrue(!line.contains("q(status") || line.startsWith("#") || line.startsWith("statements <- "),
					"researcher's code appears only in comments and the statements vector: " + line);
		}
	}

	private static boolean updateGolden() {
		return Boolean.getBoolean("framewright.updateGolden") || "true".equals(System.getenv("FRAMEWRIGHT_UPDATE_GOLDEN"));
	}

	private static GeneratedFile generate(Framework framework) {
		List<GeneratedFile> files = new SeminrWriter().generate(framework);
		assertEquals(1, files.size());
		return files.get(0);
	}

	private String script(Framework framework) {
		return new String(generate(framework).content(), StandardCharsets.UTF_8);
	}

	private void assertParses(String script) throws IOException {
		Files.writeString(folder.resolve("parse-me.R"), script);
		Rscript.succeed(folder, "-e", "invisible(parse(file = \"parse-me.R\"))");
	}
}
