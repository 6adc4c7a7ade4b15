package org.framewright.diagram.scene;

import java.util.List;

/** A diagram's legend: a framed box under the diagram explaining its line styles and symbols. */
public record Legend(Box bounds, List<LegendEntry> entries) {

	public Legend {
		entries = List.copyOf(entries);
	}
}
