package org.framewright.diagram.scene;

/**
 * One line of a diagram's legend: a sample of a connector's line style (or none, for a symbol's meaning) and the
 * text that explains it.
 *
 * @param sample      the kind of connector drawn as a sample, or null if the entry has no line sample
 * @param sampleStart where the sample line starts (null without a sample)
 * @param sampleEnd   where the sample line ends, at the tip of its arrowhead (null without a sample)
 * @param text        the explanation, placed
 */
public record LegendEntry(ConnectorKind sample, Point sampleStart, Point sampleEnd, TextLine text) {
}
