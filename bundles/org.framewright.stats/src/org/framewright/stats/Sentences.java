package org.framewright.stats;

import java.util.List;
import java.util.Locale;

/** The pieces of the engine's messages: lists of names and numbers, written the same way in every message. */
public final class Sentences {

	private Sentences() {
	}

	/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
	public static String list(List<String> names) {
		if (names.size() <= 1) {
			return names.isEmpty() ? "" : names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	/** A number with a fixed count of decimals, independent of the default locale. */
	public static String format(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** "1 row", "2 rows". */
	public static String count(int n, String singular, String plural) {
		return n + " " + (n == 1 ? singular : plural);
	}
}
