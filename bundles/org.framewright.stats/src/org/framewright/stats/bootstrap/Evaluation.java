package org.framewright.stats.bootstrap;

import java.util.function.ToDoubleFunction;

/**
 * A quantity and how a model computes it from one of its refits: kept inside the model, so that a quantity's name
 * and kind are public while only its model knows what a refit is.
 *
 * @param <F>      what the model's refit offers to compute quantities from
 * @param quantity the quantity
 * @param value    its value at a refit
 */
record Evaluation<F>(BootstrapQuantity quantity, ToDoubleFunction<F> value) {
}
