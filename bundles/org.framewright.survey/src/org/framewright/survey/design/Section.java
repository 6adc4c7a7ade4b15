package org.framewright.survey.design;

import java.util.List;

/**
 * A section (page) of the questionnaire: the items of one construct or one group, or the background questions.
 *
 * @param id        a name usable as an identifier in every format (the construct's or group's name, "background")
 * @param title     the section's heading
 * @param questions the questions in the order written (formats randomise them if {@code randomized})
 * @param randomized whether the questions' order is randomised for each respondent
 */
public record Section(String id, Text title, List<Question> questions, boolean randomized) {

	public Section {
		questions = List.copyOf(questions);
	}
}
