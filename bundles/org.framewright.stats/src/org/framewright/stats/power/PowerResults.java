package org.framewright.stats.power;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.framewright.stats.Problem;

/**
 * What a power analysis found: at each sample size the share of replications in which each hypothesis is
 * supported, and the smallest size at which every simulated hypothesis reaches the target power.
 *
 * @param hypotheses the hypotheses simulated, in the framework's order
 * @param rows       one row per sample size
 * @param target     the power every hypothesis should reach (0.80)
 * @param plannedN   the plan's sample size, 0 if it gives none
 * @param method     how the samples were drawn and analysed, for the report
 * @param notes      what the simulation assumed or left out
 */
public record PowerResults(List<String> hypotheses, List<Row> rows, double target, int plannedN, String method, List<Problem> notes) {

	/**
	 * The powers at one sample size, and the replications whose model could not be estimated (left out), counted by
	 * the reason's problem code.
	 */
	public record Row(int n, Map<String, Double> power, int replications, int failed, Map<String, Integer> failures) {

		public Row {
			power = Map.copyOf(power);
			failures = Map.copyOf(failures);
		}
	}

	public PowerResults {
		hypotheses = List.copyOf(hypotheses);
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
	}

	/** The smallest sample size at which every hypothesis reaches the target, if one of the sizes does. */
	public OptionalInt smallestSufficientN() {
		for (Row row : rows) {
			if (!hypotheses.isEmpty() && hypotheses.stream().allMatch(h -> row.power().getOrDefault(h, 0.0) >= target)) {
				return OptionalInt.of(row.n());
			}
		}
		return OptionalInt.empty();
	}
}
