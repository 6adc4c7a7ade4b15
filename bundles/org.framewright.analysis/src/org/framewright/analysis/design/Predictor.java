package org.framewright.analysis.design;

/** One predictor of a regression, with the label of its coefficient. */
public record Predictor(String variable, String label) {
}
