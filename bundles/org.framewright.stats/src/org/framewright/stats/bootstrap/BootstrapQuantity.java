package org.framewright.stats.bootstrap;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.framewright.stats.sem.WarmStartFit;

/**
 * A quantity the bootstrap gives an interval for, and how to compute it from a fitted model.
 *
 * @param name  what it is, e.g. "AL ~ MO", "AL ~ MO (std.all)", "MO -> AL -> IP" (an indirect effect),
 *              "MO => IP" (a total effect)
 * @param kind  which kind of quantity
 * @param value its value at a fit's estimates
 */
public record BootstrapQuantity(String name, Kind kind, ToDoubleFunction<WarmStartFit> value) {

	/** The kinds of quantities. */
	public enum Kind {
		PATH("path"), STANDARDIZED_PATH("standardized path (std.all)"), INDIRECT("indirect effect"), TOTAL("total effect");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The name of the indirect effect along a chain of constructs, e.g. "MO -> AL -> IP". */
	public static String indirectName(List<String> chain) {
		return String.join(" -> ", chain);
	}

	/** The name of the total effect of a cause on an effect, e.g. "MO => IP". */
	public static String totalName(String cause, String effect) {
		return cause + " => " + effect;
	}
}
