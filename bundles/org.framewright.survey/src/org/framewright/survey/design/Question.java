package org.framewright.survey.design;

/**
 * One question of the questionnaire.
 *
 * @param variable       the variable name in the data: the item code (MO1), the control's name (SIZE) or the
 *                       attention check's (ATTN1); the codebook, the questionnaires and the analysis code all use it
 * @param kind           how the question is asked
 * @param text           the wording, as written (reversed items are worded as written and never flagged)
 * @param scale          the answers it takes
 * @param required       whether it must be answered before the respondent may go on
 * @param construct      the construct the item measures, or null for background questions and attention checks
 * @param reversed       whether the item is reverse-coded in analysis (for the codebook only)
 * @param expectedAnswer for an attention check, the code an attentive respondent chooses; otherwise null
 */
public record Question(String variable, QuestionKind kind, Text text, ResponseScale scale, boolean required, String construct, boolean reversed,
		Integer expectedAnswer) {
}
