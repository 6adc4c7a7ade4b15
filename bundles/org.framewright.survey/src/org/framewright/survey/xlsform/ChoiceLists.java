package org.framewright.survey.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.UniqueNames;

/** The choice lists of the form: one per scale with choices, named after the scale (Agree5, Sector). */
final class ChoiceLists {

	private final Map<ResponseScale, String> names = new LinkedHashMap<>();

	ChoiceLists(Instrument instrument) {
		UniqueNames taken = new UniqueNames(List.of());
		for (ResponseScale scale : instrument.scales()) {
			if (!scale.choices().isEmpty()) {
				names.put(scale, taken.claim(listName(scale.name())));
			}
		}
	}

	/** The list of a scale, or null if the scale has no choices (a numeric answer, a category list left empty). */
	String of(ResponseScale scale) {
		return names.get(scale);
	}

	Map<ResponseScale, String> all() {
		return names;
	}

	/** A list name XLSForm accepts: letters, digits and underscores, not starting with a digit. */
	private static String listName(String scaleName) {
		String name = scaleName.replaceAll("[^A-Za-z0-9_]", "_");
		return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
	}
}
