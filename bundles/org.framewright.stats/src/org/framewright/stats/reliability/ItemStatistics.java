package org.framewright.stats.reliability;

/**
 * How one item fits its scale.
 *
 * @param item               the item code
 * @param alphaIfDeleted     Cronbach's alpha of the other items; NaN when one item would remain
 * @param correctedItemTotal the correlation of the item with the sum of the other items; NaN when the item has no
 *                           variance
 */
public record ItemStatistics(String item, double alphaIfDeleted, double correctedItemTotal) {
}
