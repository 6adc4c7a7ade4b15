package org.framewright.stats.bootstrap;

import java.util.List;

import org.framewright.model.MediationStage;

/**
 * A quantity the bootstrap gives an interval for: what it is and of which kind. How it is computed belongs to the
 * model that estimates it (see {@link ResampledModel}): the structural equation model's paths and effects from its
 * refit, the composite path model's interactions, simple slopes and conditional indirect effects from its OLS refit.
 *
 * @param name what it is, e.g. "AL ~ MO", "AL ~ MO (std.all)", "MO -> AL -> IP" (an indirect effect), "MO => IP" (a
 *             total effect), "AL ~ MO_x_EX" (an interaction), "MO -> AL at EX = mean + 1 SD" (a simple slope),
 *             "index of moderated mediation of H3 (EX, first stage)", "MO -> AL -> IP at EX = mean - 1 SD" (a
 *             conditional indirect effect)
 * @param kind which kind of quantity
 */
public record BootstrapQuantity(String name, Kind kind) {

	/** The kinds of quantities, each with a label for a table's rows and a heading for a group of them. */
	public enum Kind {
		PATH("path", "Paths"),
		STANDARDIZED_PATH("standardized path (std.all)", "Standardized paths (std.all)"),
		INDIRECT("indirect effect", "Indirect effects"),
		TOTAL("total effect", "Total effects"),
		INTERACTION("interaction (composite scores)", "Interactions (composite scores, OLS)"),
		SIMPLE_SLOPE("simple slope (composite scores)", "Simple slopes at the moderator's mean and 1 SD either side (composite scores, OLS)"),
		SQUARE("square (composite scores)", "Squares of curvilinear effects (composite scores, OLS)"),
		INDEX_OF_MODERATED_MEDIATION("index of moderated mediation (composite scores)", "Indices of moderated mediation (composite scores, OLS)"),
		CONDITIONAL_INDIRECT("conditional indirect effect (composite scores)",
				"Conditional indirect effects at the moderator's mean and 1 SD either side (composite scores, OLS)");

		private final String label;
		private final String heading;

		Kind(String label, String heading) {
			this.label = label;
			this.heading = heading;
		}

		public String label() {
			return label;
		}

		/** The heading of a table's group of quantities of this kind. */
		public String heading() {
			return heading;
		}

		/** Whether the composite path model gives quantities of this kind (the rest, the structural equation model). */
		public boolean ofCompositeModel() {
			return switch (this) {
				case PATH, STANDARDIZED_PATH, INDIRECT, TOTAL -> false;
				case INTERACTION, SIMPLE_SLOPE, SQUARE, INDEX_OF_MODERATED_MEDIATION, CONDITIONAL_INDIRECT -> true;
			};
		}
	}

	/** Where a moderator is probed, as PROCESS probes it: one standard deviation below its mean, at it, one above. */
	public enum Probe {
		LOW("mean - 1 SD", -1), MEAN("mean", 0), HIGH("mean + 1 SD", 1);

		private final String label;
		private final int standardDeviations;

		Probe(String label, int standardDeviations) {
			this.label = label;
			this.standardDeviations = standardDeviations;
		}

		public String label() {
			return label;
		}

		/** How many of the moderator's standard deviations the probe lies from its mean. */
		public int standardDeviations() {
			return standardDeviations;
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

	/** The name of a coefficient of the composite path model, e.g. "AL ~ MO_x_EX", as R's formula would name it. */
	public static String coefficientName(String outcome, String term) {
		return outcome + " ~ " + term;
	}

	/**
	 * The name of an effect along a chain (a simple slope for two constructs, a conditional indirect effect for more)
	 * at a level of a moderator, e.g. "MO -> AL at EX = mean + 1 SD".
	 */
	public static String conditionalName(List<String> chain, String moderator, Probe probe) {
		return indirectName(chain) + " at " + moderator + " = " + probe.label();
	}

	/** The name of the index of moderated mediation of a mediation hypothesis by a moderator of one of its stages. */
	public static String indexName(String mediation, String moderator, MediationStage stage) {
		return "index of moderated mediation of " + mediation + " (" + moderator + ", " + stage.getLiteral() + " stage)";
	}
}
