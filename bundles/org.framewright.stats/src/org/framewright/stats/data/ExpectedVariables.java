package org.framewright.stats.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.framewright.model.CategoricalScale;
import org.framewright.model.Choice;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.ControlKind;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.model.LikertScale;
import org.framewright.model.NumericScale;
import org.framewright.model.Scale;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.StatsIssueCodes;

/**
 * The columns a framework's data must have: every item of every construct, by item code, then every control, each
 * with its scale's bounds and reverse coding as the model states them. A reversed item on a scale without both
 * bounds cannot be reverse-coded, which is an error before any data are read.
 */
public final class ExpectedVariables {

	private ExpectedVariables() {
	}

	/** The expected columns, in the framework's order; a repeated item code counts once. */
	public static Result<List<Variable>> of(Framework framework) {
		Map<String, Variable> variables = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				if (item.getName() == null || variables.containsKey(item.getName())) {
					continue;
				}
				Variable variable = item(construct, item);
				if (variable.reversed() && !(Double.isFinite(variable.minimum()) && Double.isFinite(variable.maximum()))) {
					problems.add(Problem.error(StatsIssueCodes.CANNOT_REVERSE, "The item " + item.getName() + " is reversed, but "
							+ variable.scale() + " has no lower and upper bound to reverse it by; give the scale a minimum and a maximum."));
				}
				variables.put(variable.name(), variable);
			}
		}
		for (Control control : framework.getControls()) {
			if (control.getName() != null && !variables.containsKey(control.getName())) {
				variables.put(control.getName(), control(control));
			}
		}
		return Result.of(List.copyOf(variables.values()), problems);
	}

	private static Variable item(Construct construct, Item item) {
		Scale scale = item.getEffectiveScale();
		return variable(item.getName(), construct.getName(), scale, false, item.isReversed());
	}

	private static Variable control(Control control) {
		return variable(control.getName(), null, control.getScale(), control.getKind() == ControlKind.CATEGORICAL, false);
	}

	private static Variable variable(String name, String construct, Scale scale, boolean categorical, boolean reversed) {
		double nan = Double.NaN;
		if (scale instanceof LikertScale likert) {
			return new Variable(name, construct, "the " + likert.getPoints() + "-point scale " + likert.getName() + " (whole numbers 1 to "
					+ likert.getPoints() + ")", 1, likert.getPoints(), true, categorical, Set.of(), reversed);
		}
		if (scale instanceof NumericScale numeric) {
			double min = numeric.isSetMinimum() ? numeric.getMinimum() : nan;
			double max = numeric.isSetMaximum() ? numeric.getMaximum() : nan;
			return new Variable(name, construct, "the scale " + numeric.getName() + bounds(min, max), min, max, false, categorical, Set.of(),
					reversed);
		}
		if (scale instanceof CategoricalScale choices) {
			Set<Double> codes = choices.getChoices().stream().map(Choice::getCode).map(Integer::doubleValue).collect(Collectors.toSet());
			double min = codes.stream().mapToDouble(Double::doubleValue).min().orElse(nan);
			double max = codes.stream().mapToDouble(Double::doubleValue).max().orElse(nan);
			String listed = choices.getChoices().stream().map(choice -> Integer.toString(choice.getCode())).collect(Collectors.joining(", "));
			return new Variable(name, construct, "the scale " + choices.getName() + " (codes " + listed + ")", min, max, true, categorical, codes,
					reversed);
		}
		return new Variable(name, construct, "its scale (none is declared)", nan, nan, false, categorical, Set.of(), reversed);
	}

	private static String bounds(double min, double max) {
		boolean hasMin = Double.isFinite(min);
		boolean hasMax = Double.isFinite(max);
		if (hasMin && hasMax) {
			return " (" + number(min) + " to " + number(max) + ")";
		}
		if (hasMin) {
			return " (at least " + number(min) + ")";
		}
		return hasMax ? " (at most " + number(max) + ")" : "";
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Sentences.format(value, 6)
				.replaceAll("0+$", "");
	}
}
