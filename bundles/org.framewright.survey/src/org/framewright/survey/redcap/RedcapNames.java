package org.framewright.survey.redcap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.UniqueNames;

/**
 * The REDCap names of the questionnaire's variables. REDCap wants lower-case letters, digits and underscores,
 * starting with a letter, so MO1 becomes mo1 and ATTN1_ attn1_; anything else becomes an underscore, a leading digit
 * or underscore gets a v in front, a clash gets _2, _3, ... The first field of a REDCap project is its record id,
 * record_id, which no variable may take. The codebook records this mapping.
 */
public final class RedcapNames {

	/** The record identifier, the first field of every REDCap data dictionary. */
	public static final String RECORD_ID = "record_id";

	private RedcapNames() {
	}

	/** Each variable of the instrument (in order) with its REDCap name. */
	public static Map<String, String> of(Instrument instrument) {
		UniqueNames taken = new UniqueNames(List.of(RECORD_ID));
		Map<String, String> names = new LinkedHashMap<>();
		for (String variable : instrument.variables()) {
			names.put(variable, taken.claim(lowerCase(variable)));
		}
		return names;
	}

	/** A name in REDCap's alphabet (variables, form and matrix group names). */
	public static String lowerCase(String name) {
		String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		if (lower.isEmpty() || lower.charAt(0) < 'a' || lower.charAt(0) > 'z') {
			lower = "v" + lower;
		}
		return lower.startsWith("redcap_") ? "v_" + lower : lower;
	}
}
