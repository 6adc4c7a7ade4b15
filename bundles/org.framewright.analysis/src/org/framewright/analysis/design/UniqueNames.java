package org.framewright.analysis.design;

import java.util.HashSet;
import java.util.Set;

/**
 * Names the analysis code introduces (path labels, product terms, defined parameters), kept apart from each other
 * and from the framework's own names: a taken name gets a numeric suffix.
 */
final class UniqueNames {

	private final Set<String> taken = new HashSet<>();

	/** Marks a name of the framework (construct, item, control) as taken. */
	void reserve(String name) {
		taken.add(name);
	}

	/** The wanted name, or with the first free suffix _2, _3, ... */
	String claim(String wanted) {
		String name = wanted;
		for (int i = 2; !taken.add(name); i++) {
			name = wanted + "_" + i;
		}
		return name;
	}
}
