package org.framewright.survey.design;

/**
 * One answer a question offers: the code stored in the data and its label.
 *
 * @param code  the value stored in the data (1..k for a Likert scale)
 * @param label the label the respondent sees
 */
public record ResponseChoice(int code, Text label) {
}
