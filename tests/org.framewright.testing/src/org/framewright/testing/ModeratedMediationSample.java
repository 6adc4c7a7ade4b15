package org.framewright.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A first-stage moderated mediation to analyse: the framework (EX moderates the first stage MO -> AL of MO -> AL ->
 * IP, a numeric control SIZE) and its answers simulated from a seed, so that tests of the command line and of the
 * engine need no R. The population: AL = 0.45 MO + 0.2 EX + 0.25 MO EX + 0.1 log SIZE + e, IP = 0.4 AL + 0.1 log
 * SIZE + e, MO, EX, log SIZE and e standard normal; each construct measured by three 5-point items 3 + l x + e (l =
 * 1, 0.8, 0.9; e with SD 0.6), rounded and kept within 1 to 5. The index of moderated mediation is 0.25 * 0.4 = 0.1
 * on the latent scale; on the composites, 400 cases estimate the interaction with a t of about 3, so a sample shows
 * it in most but not all seeds (seed 5 of 300 cases, for one, gives t = 0.5). 400 cases from seed 1 give t = 3.9.
 */
public final class ModeratedMediationSample {

	/** The framework, as a researcher would write it. */
	public static final String FRAMEWORK = """
			framework ExportAlliances "Market orientation, alliances and international performance, moderated by export experience"
			scale Agree5 likert 5
			construct MO "Market orientation" scale Agree5 { item MO1 "a" item MO2 "b" item MO3 "c" }
			construct EX "Export experience" scale Agree5 { item EX1 "a" item EX2 "b" item EX3 "c" }
			construct AL "Alliances" scale Agree5 { item AL1 "a" item AL2 "b" item AL3 "c" }
			construct IP "International performance" scale Agree5 { item IP1 "a" item IP2 "b" item IP3 "c" }
			control SIZE "Number of employees" numeric
			hypothesis H1: MO -> AL positive
			hypothesis H2: AL -> IP positive
			hypothesis H3: MO -> AL -> IP mediation
			hypothesis H4: EX moderates first stage of H3 strengthens
			""";

	private static final double[] LOADINGS = { 1, 0.8, 0.9 };

	private ModeratedMediationSample() {
	}

	/** The answers of {@code n} simulated cases as CSV text (a header, then one row per case). */
	public static String answers(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		StringBuilder csv = new StringBuilder("MO1,MO2,MO3,EX1,EX2,EX3,AL1,AL2,AL3,IP1,IP2,IP3,SIZE\n");
		for (int c = 0; c < n; c++) {
			double mo = random.nextGaussian();
			double ex = random.nextGaussian();
			double logSize = random.nextGaussian();
			double al = 0.45 * mo + 0.2 * ex + 0.25 * mo * ex + 0.1 * logSize + random.nextGaussian();
			double ip = 0.4 * al + 0.1 * logSize + random.nextGaussian();
			for (double latent : new double[] { mo, ex, al, ip }) {
				for (double loading : LOADINGS) {
					csv.append(Math.round(Math.min(5, Math.max(1, Math.rint(3 + loading * latent + 0.6 * random.nextGaussian()))))).append(',');
				}
			}
			csv.append(String.format(Locale.ROOT, "%d%n", Math.round(Math.exp(3 + 0.5 * logSize))));
		}
		return csv.toString();
	}

	/** Writes the framework and {@code n} simulated answers into a folder, as {@code export-alliances.fwk} and {@code answers.csv}. */
	public static void write(Path folder, int n, long seed) {
		try {
			Files.writeString(folder.resolve("export-alliances.fwk"), FRAMEWORK, StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("answers.csv"), answers(n, seed), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
