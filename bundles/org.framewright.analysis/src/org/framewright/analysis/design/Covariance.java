package org.framewright.analysis.design;

/**
 * A covariance an analysis frees explicitly: between an exogenous latent variable and an observed control, or
 * between two controls. lavaan and Mplus leave latent and observed exogenous variables uncorrelated unless told,
 * which would force a construct to be unrelated to the controls that are there to adjust for it.
 */
public record Covariance(String left, String right) {
}
