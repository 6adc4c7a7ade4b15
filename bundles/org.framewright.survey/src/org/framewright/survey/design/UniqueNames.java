package org.framewright.survey.design;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The names taken in one namespace of a format (XLSForm's survey names, REDCap's variables): a name asked for twice
 * gets _2, _3, ... so that a format's own names (intro, consent, record_id) never clash with the model's.
 */
public final class UniqueNames {

	private final Set<String> taken = new HashSet<>();

	/** A namespace where the given names are already taken. */
	public UniqueNames(Collection<String> reserved) {
		taken.addAll(reserved);
	}

	/** The wanted name if it is free, else the first free one of wanted_2, wanted_3, ...; the result is taken. */
	public String claim(String wanted) {
		String name = wanted;
		for (int n = 2; !taken.add(name); n++) {
			name = wanted + "_" + n;
		}
		return name;
	}
}
