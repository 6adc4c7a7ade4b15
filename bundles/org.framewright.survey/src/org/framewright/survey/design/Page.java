package org.framewright.survey.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A section as survey tools present it: one page, on which consecutive Likert statements on one scale form a matrix
 * and every other question stands alone. Computed once here so that every format groups and names alike.
 *
 * @param section  the section
 * @param elements its elements in order
 */
public record Page(Section section, List<PageElement> elements) {

	public Page {
		elements = List.copyOf(elements);
	}

	/** The pages of the questionnaire, one per section, in order; matrix names differ from every variable. */
	public static List<Page> of(Instrument instrument) {
		Set<String> taken = VariableNames.taken(instrument);
		List<Page> pages = new ArrayList<>();
		for (Section section : instrument.sections()) {
			pages.add(new Page(section, elements(section, taken)));
		}
		return pages;
	}

	private static List<PageElement> elements(Section section, Set<String> taken) {
		List<PageElement> elements = new ArrayList<>();
		List<Question> run = new ArrayList<>();
		int matrices = 0;
		for (Question question : section.questions()) {
			if (!run.isEmpty() && (!PageElement.isLikert(question) || !question.scale().equals(run.get(0).scale()))) {
				elements.add(matrix(section, ++matrices, run, taken));
				run.clear();
			}
			if (PageElement.isLikert(question)) {
				run.add(question);
			} else {
				elements.add(new PageElement(question.variable(), List.of(question)));
			}
		}
		if (!run.isEmpty()) {
			elements.add(matrix(section, ++matrices, run, taken));
		}
		return elements;
	}

	private static PageElement matrix(Section section, int number, List<Question> statements, Set<String> taken) {
		String name = VariableNames.unused(number == 1 ? section.id() : section.id() + "_" + number, taken);
		taken.add(name);
		return new PageElement(name, statements);
	}
}
