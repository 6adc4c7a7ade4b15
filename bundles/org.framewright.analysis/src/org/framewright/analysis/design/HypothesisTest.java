package org.framewright.analysis.design;

import org.framewright.model.structure.ExpectedSign;

/**
 * The parameter that tests a hypothesis, with the sign the hypothesis expects. The statement is the researcher's
 * text, for the report only.
 */
public record HypothesisTest(String hypothesis, String statement, String parameter, ExpectedSign expected) {
}
