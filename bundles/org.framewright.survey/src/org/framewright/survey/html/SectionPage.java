package org.framewright.survey.html;

import java.util.ArrayList;
import java.util.List;

import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.Section;

/**
 * One page per section: its title, the progress through the sections, and its questions. Consecutive Likert
 * statements on one scale (attention checks among them, looking like any other) form a matrix.
 */
final class SectionPage {

	private SectionPage() {
	}

	static void write(FormMarkup form, Section section, int number, int count) {
		Markup out = form.out();
		String id = "page-" + section.id();
		out.start("fieldset", "class", "page", "id", id, "hidden", "hidden");
		out.start("legend");
		form.text("h2", FormTexts.section(section), "tabindex", "-1");
		out.end("legend");
		form.words("p", FormWording.PROGRESS.format(number, count), "class", "progress-text", "id", id + "-progress");
		out.element("progress", number + "/" + count, "max", String.valueOf(count), "value", String.valueOf(number), "aria-labelledby",
				id + "-progress");
		for (List<Question> block : blocks(section.questions())) {
			Question first = block.get(0);
			switch (first.kind()) {
				case LIKERT, ATTENTION_CHECK -> LikertMatrix.write(form, block, first.scale(), section.randomized());
				case NUMERIC -> NumberQuestion.write(form, first);
				case CATEGORICAL -> ChoiceQuestion.write(form, first);
			}
		}
		out.end("fieldset");
	}

	/** The questions in runs: a run of Likert statements on one scale, or a single other question. */
	static List<List<Question>> blocks(List<Question> questions) {
		List<List<Question>> blocks = new ArrayList<>();
		List<Question> run = null;
		for (Question question : questions) {
			if (isStatement(question) && run != null && run.get(0).scale().equals(question.scale())) {
				run.add(question);
			} else {
				run = new ArrayList<>(List.of(question));
				blocks.add(run);
				if (!isStatement(question)) {
					run = null;
				}
			}
		}
		return blocks;
	}

	private static boolean isStatement(Question question) {
		return question.kind() == QuestionKind.LIKERT || question.kind() == QuestionKind.ATTENTION_CHECK;
	}
}
