package org.framewright.analysis.mplus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Mplus names for the framework's and the analysis's names. Mplus names have at most 8 characters, start with a
 * letter, hold letters, digits and underscores, and ignore case. A name that already fits is kept; any other is cut
 * to its first characters and given an underscore and the first free number, in the order names are first asked for, so the mapping
 * is deterministic. Keywords of the MODEL command are never used as names.
 */
final class MplusNames {

	/** The longest name Mplus accepts. */
	static final int MAX = 8;

	private static final Set<String> KEYWORDS = Set.of("BY", "ON", "WITH", "XWITH", "PON", "PWITH", "IS", "ARE", "NEW", "ALL", "AND");

	private final Map<String, String> names = new LinkedHashMap<>();
	private final Set<String> taken = new HashSet<>();

	/** The Mplus name of a name, assigned on first use. */
	String of(String name) {
		return names.computeIfAbsent(name, this::assign);
	}

	/** The names that had to change, in the order they were assigned. */
	Map<String, String> renamed() {
		Map<String, String> renamed = new LinkedHashMap<>();
		names.forEach((name, mplus) -> {
			if (!name.equals(mplus)) {
				renamed.put(name, mplus);
			}
		});
		return renamed;
	}

	private String assign(String name) {
		String clean = name.replaceAll("[^A-Za-z0-9_]", "_");
		if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
			clean = "V" + clean;
		}
		if (clean.length() <= MAX && claim(clean)) {
			return clean;
		}
		for (int i = 1;; i++) {
			String suffix = Integer.toString(i);
			// The number follows an underscore, so that a cut name such as slope_H3_high never reads slope_H3.
			String cut = clean.substring(0, Math.min(clean.length(), MAX - suffix.length() - 1));
			String candidate = (cut.endsWith("_") ? cut : cut + "_") + suffix;
			if (claim(candidate)) {
				return candidate;
			}
		}
	}

	private boolean claim(String candidate) {
		String key = candidate.toUpperCase(Locale.ROOT);
		return !KEYWORDS.contains(key) && taken.add(key);
	}
}
