package org.framewright.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.framewright.model.Framework;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.Item;
import org.framewright.model.SurveySettings;

/**
 * The survey block: languages the questionnaire asks for must be ones the items are translated into (else
 * respondents read the base wording), named by ISO 639 codes, each once; attention checks are few.
 */
public class SurveyChecks extends FramewrightCheck {

	static final int MAX_ATTENTION_CHECKS = 20;

	/** How many untranslated items a message names before it says "and N more". */
	private static final int NAMED_ITEMS = 5;

	@Check
	public void checkSurvey(SurveySettings survey) {
		if (survey.getAttentionChecks() > MAX_ATTENTION_CHECKS) {
			error("A questionnaire has at most " + MAX_ATTENTION_CHECKS + " attention checks, not " + survey.getAttentionChecks() + ".", survey,
					Literals.SURVEY_SETTINGS__ATTENTION_CHECKS, IssueCodes.INVALID_SURVEY);
		}
		if (!(survey.eContainer() instanceof Framework framework)) {
			return;
		}
		List<Item> items = framework.getConstructs().stream().flatMap(c -> c.getItems().stream()).toList();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < survey.getLanguages().size(); i++) {
			String language = survey.getLanguages().get(i);
			if (!language.matches("[a-z]{2,3}")) {
				warning("'" + language + "' is not an ISO 639 language code (two or three lower-case letters, e.g. ms for Malay).", survey,
						Literals.SURVEY_SETTINGS__LANGUAGES, i, IssueCodes.INVALID_SURVEY);
			}
			if (!seen.add(language)) {
				warning("The language '" + language + "' is listed twice.", survey, Literals.SURVEY_SETTINGS__LANGUAGES, i, IssueCodes.INVALID_SURVEY);
				continue;
			}
			List<String> untranslated = items.stream().filter(item -> item.getTranslations().stream().noneMatch(t -> language.equals(t.getLanguage())))
					.map(Item::getName).toList();
			if (!items.isEmpty() && untranslated.size() == items.size()) {
				warning("No item is translated into '" + language + "': its questionnaire would show every item in the original wording.", survey,
						Literals.SURVEY_SETTINGS__LANGUAGES, i, IssueCodes.SURVEY_LANGUAGE_UNTRANSLATED, language);
			} else if (!untranslated.isEmpty()) {
				String named = String.join(", ", untranslated.subList(0, Math.min(NAMED_ITEMS, untranslated.size())))
						+ (untranslated.size() > NAMED_ITEMS ? " and " + (untranslated.size() - NAMED_ITEMS) + " more" : "");
				warning(untranslated.size() + " of " + items.size() + " items have no '" + language + "' translation (" + named
						+ "); the questionnaire in '" + language + "' shows their original wording.", survey, Literals.SURVEY_SETTINGS__LANGUAGES, i,
						IssueCodes.SURVEY_LANGUAGE_UNTRANSLATED, language);
			}
		}
	}
}
