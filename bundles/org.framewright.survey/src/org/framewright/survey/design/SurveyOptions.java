package org.framewright.survey.design;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.model.SurveySections;
import org.framewright.model.SurveySettings;

/**
 * How to present a framework as a questionnaire. Each option may be unset (null): the command line's options
 * override the model's {@code survey} block, which overrides the defaults ({@link InstrumentDesigner}).
 *
 * @param title           the title page's heading
 * @param introduction    the title page's text
 * @param consent         the consent statement
 * @param thanks          the text after the last answer
 * @param sectionsByGroup true for a section per group, false for one per construct
 * @param randomizeItems  whether items are shuffled within sections
 * @param attentionChecks how many attention checks to spread over the sections
 * @param languages       the questionnaire's languages (empty or null: the base language and every translation)
 * @param baseLanguage    the language the wording is written in; "en" if unset
 */
public record SurveyOptions(String title, String introduction, String consent, String thanks, Boolean sectionsByGroup, Boolean randomizeItems,
		Integer attentionChecks, List<String> languages, String baseLanguage) {

	/** No option set: everything from the model or the defaults. */
	public static final SurveyOptions NONE = new SurveyOptions(null, null, null, null, null, null, null, null, null);

	/** The options of the model's survey block (NONE if it has none). */
	public static SurveyOptions of(Framework framework) {
		SurveySettings settings = framework.getSurvey();
		if (settings == null) {
			return NONE;
		}
		return new SurveyOptions(settings.getTitle(), settings.getIntroduction(), settings.getConsent(), settings.getThanks(),
				settings.eIsSet(settings.eClass().getEStructuralFeature("sections")) ? settings.getSections() == SurveySections.GROUPS : null,
				settings.isRandomizeItems() ? Boolean.TRUE : null,
				settings.eIsSet(settings.eClass().getEStructuralFeature("attentionChecks")) ? settings.getAttentionChecks() : null,
				settings.getLanguages().isEmpty() ? null : List.copyOf(settings.getLanguages()), null);
	}

	/** These options where set, else the other's. */
	public SurveyOptions over(SurveyOptions other) {
		return new SurveyOptions(first(title, other.title), first(introduction, other.introduction), first(consent, other.consent),
				first(thanks, other.thanks), first(sectionsByGroup, other.sectionsByGroup), first(randomizeItems, other.randomizeItems),
				first(attentionChecks, other.attentionChecks), languages == null || languages.isEmpty() ? other.languages : languages,
				first(baseLanguage, other.baseLanguage));
	}

	private static <T> T first(T value, T fallback) {
		return value != null ? value : fallback;
	}

	public SurveyOptions withLanguages(List<String> value) {
		return new SurveyOptions(title, introduction, consent, thanks, sectionsByGroup, randomizeItems, attentionChecks, value, baseLanguage);
	}

	public SurveyOptions withAttentionChecks(Integer value) {
		return new SurveyOptions(title, introduction, consent, thanks, sectionsByGroup, randomizeItems, value, languages, baseLanguage);
	}

	public SurveyOptions withRandomizeItems(Boolean value) {
		return new SurveyOptions(title, introduction, consent, thanks, sectionsByGroup, value, attentionChecks, languages, baseLanguage);
	}

	public SurveyOptions withSectionsByGroup(Boolean value) {
		return new SurveyOptions(title, introduction, consent, thanks, value, randomizeItems, attentionChecks, languages, baseLanguage);
	}

	public SurveyOptions withBaseLanguage(String value) {
		return new SurveyOptions(title, introduction, consent, thanks, sectionsByGroup, randomizeItems, attentionChecks, languages, value);
	}
}
