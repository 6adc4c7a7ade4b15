package org.framewright.analysis.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.ConstructKind;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.model.LikertScale;
import org.framewright.model.NumericScale;
import org.framewright.model.Scale;

/** The measurement side of an analysis: the data columns, the recoding of reversed items, one measure per construct. */
final class MeasurementDesigner {

	private MeasurementDesigner() {
	}

	/** Every item of every construct, then every control: the columns the data must hold. */
	static List<String> columns(Framework framework) {
		List<String> columns = new ArrayList<>();
		for (Construct construct : framework.getConstructs()) {
			construct.getItems().forEach(item -> columns.add(item.getName()));
		}
		framework.getControls().stream().map(Control::getName).forEach(columns::add);
		return columns;
	}

	/** The reversed items whose scale has known ends (Likert, or numeric with minimum and maximum). */
	static List<ReversedItem> reversedItems(Framework framework) {
		List<ReversedItem> reversed = new ArrayList<>();
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				if (item.isReversed()) {
					Scale scale = item.getEffectiveScale();
					if (scale instanceof LikertScale likert) {
						reversed.add(new ReversedItem(item.getName(), 1, likert.getPoints()));
					} else if (scale instanceof NumericScale numeric && numeric.isSetMinimum() && numeric.isSetMaximum()) {
						reversed.add(new ReversedItem(item.getName(), numeric.getMinimum(), numeric.getMaximum()));
					}
				}
			}
		}
		return reversed;
	}

	/** One measure per construct: its items, or for a higher-order construct its dimensions. */
	static List<Measure> measures(Framework framework) {
		List<Measure> measures = new ArrayList<>();
		for (Construct construct : framework.getConstructs()) {
			boolean formative = construct.getKind() == ConstructKind.FORMATIVE;
			if (construct.isHigherOrder()) {
				measures.add(new Measure(construct.getName(), construct.getTitle(), formative ? MeasureKind.FORMATIVE : MeasureKind.HIGHER_ORDER,
						construct.getDimensions().stream().map(Construct::getName).toList()));
			} else if (!construct.getItems().isEmpty()) {
				measures.add(new Measure(construct.getName(), construct.getTitle(), formative ? MeasureKind.FORMATIVE : MeasureKind.REFLECTIVE,
						construct.getItems().stream().map(Item::getName).toList()));
			}
		}
		return measures;
	}

	/** The items of a construct, or of the dimensions of a higher-order construct, depth first. */
	static List<String> leafItems(Construct construct) {
		List<String> items = new ArrayList<>();
		collectLeafItems(construct, new HashSet<>(), items);
		return items;
	}

	private static void collectLeafItems(Construct construct, Set<Construct> seen, List<String> items) {
		if (seen.add(construct)) {
			construct.getItems().forEach(item -> items.add(item.getName()));
			construct.getDimensions().forEach(dimension -> collectLeafItems(dimension, seen, items));
		}
	}
}
