package org.framewright.survey.limesurvey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LimeSurvey's codes for our names. A question code must start with a letter, hold only letters and digits and be at
 * most 20 characters long (LimeSurvey renames offending codes on import, at random). A name that complies is its own
 * code; any other is mapped deterministically: characters other than letters and digits are dropped, a Q is put in
 * front of a leading digit (or of nothing), the result is cut to 20 characters, and a number replaces its end while
 * another name already has that code. Codes are unique over the whole survey (ignoring case), questions and
 * subquestions alike.
 */
final class LimeSurveyCodes {

	static final int MAX_LENGTH = 20;

	private final Map<String, String> codes = new HashMap<>();
	private final Set<String> used = new HashSet<>();

	/** Codes for the names: the valid ones keep their name, then the others are mapped in order. */
	LimeSurveyCodes(List<String> names) {
		names.stream().filter(LimeSurveyCodes::isValid).forEach(this::code);
		names.forEach(this::code);
	}

	/** The code of a name, the same for every call with that name. */
	String code(String name) {
		return codes.computeIfAbsent(name, this::allocate);
	}

	/** True if the name is a valid LimeSurvey question code as it is. */
	static boolean isValid(String name) {
		return name.matches("[A-Za-z][A-Za-z0-9]{0," + (MAX_LENGTH - 1) + "}");
	}

	private String allocate(String name) {
		String stem = name.replaceAll("[^A-Za-z0-9]", "");
		if (stem.isEmpty() || !Character.isLetter(stem.charAt(0))) {
			stem = "Q" + stem;
		}
		String code = cut(stem, "");
		for (int n = 2; used.contains(code.toLowerCase(Locale.ROOT)); n++) {
			code = cut(stem, String.valueOf(n));
		}
		used.add(code.toLowerCase(Locale.ROOT));
		return code;
	}

	private static String cut(String stem, String suffix) {
		return (stem.length() + suffix.length() > MAX_LENGTH ? stem.substring(0, MAX_LENGTH - suffix.length()) : stem) + suffix;
	}
}
