package org.framewright.survey.design;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names the questionnaire adds to the model's variables (attention checks, the consent question, matrices, formats'
 * own elements): a wanted name, with underscores appended while a variable or another added name already has it.
 */
public final class VariableNames {

	/** The consent question's variable when no model element is called so. */
	public static final String CONSENT = "CONSENT";

	private VariableNames() {
	}

	/** The name, or the name with as many underscores appended as make it differ from every taken name. */
	public static String unused(String wanted, Collection<String> taken) {
		String name = wanted;
		while (taken.contains(name)) {
			name += "_";
		}
		return name;
	}

	/** The variable of the consent question: CONSENT, unless a variable of the questionnaire is called so. */
	public static String consent(Instrument instrument) {
		return unused(CONSENT, instrument.variables());
	}

	/** Every variable of the questionnaire, the consent question's included if it asks for consent. */
	public static Set<String> taken(Instrument instrument) {
		Set<String> taken = new HashSet<>(instrument.variables());
		if (instrument.asksConsent()) {
			taken.add(consent(instrument));
		}
		return taken;
	}
}
