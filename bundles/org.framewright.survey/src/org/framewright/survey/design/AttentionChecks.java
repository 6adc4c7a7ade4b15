package org.framewright.survey.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attention checks: Likert statements that tell the respondent which point to choose ("please choose Disagree"),
 * placed in the middle of evenly spaced sections, each on that section's scale. Their variables are ATTN1, ATTN2,
 * ... (ATTN1_ if a model element already has that name).
 */
final class AttentionChecks {

	private AttentionChecks() {
	}

	static List<Section> spread(List<Section> sections, int count, Set<String> taken) {
		List<Section> result = new ArrayList<>(sections);
		List<Integer> likertSections = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).questions().stream().anyMatch(q -> q.kind() == QuestionKind.LIKERT)) {
				likertSections.add(i);
			}
		}
		if (likertSections.isEmpty()) {
			return result;
		}
		for (int n = 1; n <= count; n++) {
			int index = likertSections.get((int) Math.floor((double) n * likertSections.size() / (count + 1)) % likertSections.size());
			Section section = result.get(index);
			ResponseScale scale = section.questions().stream().filter(q -> q.kind() == QuestionKind.LIKERT).findFirst().orElseThrow().scale();
			ResponseChoice expected = scale.choices().get(Math.min(1, scale.choices().size() - 1));
			String variable = VariableNames.unused("ATTN" + n, taken);
			Question check = new Question(variable, QuestionKind.ATTENTION_CHECK,
					Text.of("To show that you are reading carefully, please choose \u201c" + expected.label().base() + "\u201d for this statement."),
					scale, true, null, false, expected.code());
			List<Question> questions = new ArrayList<>(section.questions());
			questions.add(questions.size() / 2 + questions.size() % 2, check);
			result.set(index, new Section(section.id(), section.title(), questions, section.randomized()));
		}
		return result;
	}
}
