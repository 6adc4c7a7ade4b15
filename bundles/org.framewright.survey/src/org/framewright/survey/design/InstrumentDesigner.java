package org.framewright.survey.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.CategoricalScale;
import org.framewright.model.Choice;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.ControlKind;
import org.framewright.model.Framework;
import org.framewright.model.Group;
import org.framewright.model.Item;
import org.framewright.model.LikertScale;
import org.framewright.model.NumericScale;
import org.framewright.model.Scale;
import org.framewright.model.Translation;

/**
 * Designs the questionnaire of a framework: a title page, one section per construct with items (or per group),
 * Likert items with their scale's point labels, the controls as background questions at the end, attention checks
 * spread over the sections, in every language the items are translated into.
 */
public final class InstrumentDesigner {

	/** The base language when none is given. */
	public static final String DEFAULT_BASE_LANGUAGE = "en";

	/** The section of the background questions (controls). */
	public static final String BACKGROUND = "background";

	/** How long answering one question takes, in seconds, for the introduction's estimate. */
	private static final int SECONDS_PER_QUESTION = 8;

	private InstrumentDesigner() {
	}

	/** The questionnaire of the framework with the options (over the model's survey block, over the defaults). */
	public static Instrument design(Framework framework, SurveyOptions commandLine) {
		SurveyOptions options = commandLine.over(SurveyOptions.of(framework));
		String base = options.baseLanguage() == null ? DEFAULT_BASE_LANGUAGE : options.baseLanguage();
		List<String> languages = languages(framework, options, base);
		boolean randomized = Boolean.TRUE.equals(options.randomizeItems());
		List<Section> sections = new ArrayList<>();
		for (SectionContent content : contents(framework, Boolean.TRUE.equals(options.sectionsByGroup()))) {
			List<Question> questions = new ArrayList<>();
			for (Construct construct : content.constructs()) {
				for (Item item : construct.getItems()) {
					questions.add(itemQuestion(construct, item, languages));
				}
			}
			if (!questions.isEmpty()) {
				sections.add(new Section(content.id(), Text.of(content.title()), questions, randomized));
			}
		}
		int checks = options.attentionChecks() == null ? 0 : Math.max(0, options.attentionChecks());
		sections = AttentionChecks.spread(sections, checks, variableNames(framework));
		List<Question> background = new ArrayList<>();
		for (Control control : framework.getControls()) {
			background.add(controlQuestion(control));
		}
		if (!background.isEmpty()) {
			sections.add(new Section(BACKGROUND, Text.of("About you and your organisation"), background, false));
		}
		int questions = sections.stream().mapToInt(s -> s.questions().size()).sum();
		String title = first(options.title(), framework.getTitle(), framework.getName());
		String introduction = first(options.introduction(), defaultIntroduction(framework, questions), "");
		String consent = first(options.consent(), "I have read the information above, and I agree to take part in this study.", "");
		String thanks = first(options.thanks(), "Thank you for your answers.", "");
		return new Instrument(framework.getName(), Text.of(title), Text.of(introduction), Text.of(consent), Text.of(thanks), base, languages,
				sections);
	}

	private record SectionContent(String id, String title, List<Construct> constructs) {
	}

	private static List<SectionContent> contents(Framework framework, boolean byGroup) {
		List<SectionContent> contents = new ArrayList<>();
		Set<Construct> placed = new LinkedHashSet<>();
		if (byGroup) {
			for (Group group : framework.getGroups()) {
				List<Construct> members = measured(group.getMembers());
				contents.add(new SectionContent(group.getName(), first(group.getTitle(), group.getName(), ""), members));
				placed.addAll(members);
			}
		}
		for (Construct construct : measured(framework.getConstructs())) {
			if (!placed.contains(construct)) {
				contents.add(new SectionContent(construct.getName(), first(construct.getTitle(), construct.getName(), ""), List.of(construct)));
			}
		}
		return contents;
	}

	/** The constructs with items of their own (a higher-order construct is asked through its dimensions). */
	private static List<Construct> measured(List<Construct> constructs) {
		return constructs.stream().filter(c -> !c.getItems().isEmpty()).toList();
	}

	private static Question itemQuestion(Construct construct, Item item, List<String> languages) {
		Map<String, String> translations = new LinkedHashMap<>();
		for (Translation translation : item.getTranslations()) {
			if (languages.contains(translation.getLanguage())) {
				translations.put(translation.getLanguage(), translation.getWording());
			}
		}
		Scale declared = item.getScale() != null ? item.getScale() : construct.getScale();
		ResponseScale scale = scale(declared, construct.getName());
		return new Question(item.getName(), scale.kind(), Text.withTranslations(item.getWording(), translations), scale, true, construct.getName(),
				item.isReversed(), null);
	}

	private static Question controlQuestion(Control control) {
		Scale declared = control.getScale();
		ResponseScale scale = declared != null ? scale(declared, control.getName())
				: control.getKind() == ControlKind.CATEGORICAL ? new ResponseScale(control.getName(), QuestionKind.CATEGORICAL, List.of(), null, null, null)
						: new ResponseScale(control.getName(), QuestionKind.NUMERIC, List.of(), null, null, null);
		return new Question(control.getName(), scale.kind(), Text.of(first(control.getTitle(), control.getName(), "")), scale, true, null, false, null);
	}

	/** The answers of a declared scale; a construct without one is asked on a 5-point agreement scale. */
	static ResponseScale scale(Scale declared, String owner) {
		if (declared instanceof LikertScale likert) {
			List<ResponseChoice> choices = new ArrayList<>();
			for (int point = 1; point <= likert.getPoints(); point++) {
				String label = point <= likert.getLabels().size() ? likert.getLabels().get(point - 1) : String.valueOf(point);
				choices.add(new ResponseChoice(point, Text.of(label)));
			}
			return new ResponseScale(likert.getName(), QuestionKind.LIKERT, choices, null, null, null);
		}
		if (declared instanceof NumericScale numeric) {
			return new ResponseScale(numeric.getName(), QuestionKind.NUMERIC, List.of(), numeric.isSetMinimum() ? numeric.getMinimum() : null,
					numeric.isSetMaximum() ? numeric.getMaximum() : null, numeric.getUnit());
		}
		if (declared instanceof CategoricalScale categorical) {
			List<ResponseChoice> choices = new ArrayList<>();
			for (Choice choice : categorical.getChoices()) {
				choices.add(new ResponseChoice(choice.getCode(), Text.of(choice.getLabel())));
			}
			return new ResponseScale(categorical.getName(), QuestionKind.CATEGORICAL, choices, null, null, null);
		}
		return DefaultScale.AGREE5;
	}

	private static List<String> languages(Framework framework, SurveyOptions options, String base) {
		Set<String> languages = new LinkedHashSet<>();
		languages.add(base);
		if (options.languages() != null && !options.languages().isEmpty()) {
			languages.addAll(options.languages());
		} else {
			for (Construct construct : framework.getConstructs()) {
				for (Item item : construct.getItems()) {
					item.getTranslations().forEach(t -> languages.add(t.getLanguage()));
				}
			}
		}
		return List.copyOf(languages);
	}

	private static Set<String> variableNames(Framework framework) {
		Set<String> names = new LinkedHashSet<>();
		framework.getConstructs().forEach(c -> c.getItems().forEach(i -> names.add(i.getName())));
		framework.getControls().forEach(c -> names.add(c.getName()));
		return names;
	}

	private static String defaultIntroduction(Framework framework, int questions) {
		int minutes = Math.max(1, (int) Math.ceil(questions * SECONDS_PER_QUESTION / 60.0));
		String population = framework.getPopulation() == null ? "" : " of " + framework.getPopulation();
		return "Thank you for taking part in this study" + population + ". Answering takes about " + minutes + (minutes == 1 ? " minute" : " minutes")
				+ ". There are no right or wrong answers: please answer each question as it applies to you. Your answers are confidential.";
	}

	private static String first(String a, String b, String c) {
		if (a != null && !a.isBlank()) {
			return a;
		}
		return b != null && !b.isBlank() ? b : c;
	}
}
