package org.framewright.analysis.design;

/**
 * The labelled variance of an exogenous latent variable: the moderators whose levels (mean and one standard deviation
 * either side) the conditional effects are taken at.
 */
public record Variance(String latent, String label) {
}
