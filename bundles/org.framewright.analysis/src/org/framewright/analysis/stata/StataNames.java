package org.framewright.analysis.stata;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stata names for the framework's and the analysis's names: observed variables in lower case (the CSV is read with
 * lower-case names), latent variables starting with a capital (which is how {@code sem} tells them apart), at most
 * 32 characters, and kept distinct with a numeric suffix. A name keeps the Stata name it was first given.
 */
final class StataNames {

	/** The longest name Stata accepts. */
	private static final int MAX = 32;

	private final Map<String, String> names = new LinkedHashMap<>();
	private final Set<String> taken = new HashSet<>();

	String observed(String name) {
		return names.computeIfAbsent(name, n -> claim(n.toLowerCase(Locale.ROOT)));
	}

	String latent(String name) {
		return names.computeIfAbsent(name, n -> claim(Character.isUpperCase(n.charAt(0)) ? n
				: Character.isLetter(n.charAt(0)) ? Character.toUpperCase(n.charAt(0)) + n.substring(1) : "L" + n));
	}

	/** The name given before, or a latent name if none was. */
	String of(String name) {
		String known = names.get(name);
		return known != null ? known : latent(name);
	}

	private String claim(String wanted) {
		String name = wanted.length() > MAX ? wanted.substring(0, MAX) : wanted;
		for (int i = 2; !taken.add(name); i++) {
			String suffix = "_" + i;
			name = wanted.substring(0, Math.min(wanted.length(), MAX - suffix.length())) + suffix;
		}
		return name;
	}
}
