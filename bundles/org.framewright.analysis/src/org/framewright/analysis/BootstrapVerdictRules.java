package org.framewright.analysis;

/**
 * The one rule every target judges a hypothesis by, from the bootstrap draws of the parameter that tests it. A
 * directional hypothesis is a one-sided test at 5%: p is the share of draws at or beyond zero on the wrong side,
 * with the 90% percentile interval. A non-directional one is a two-sided test at 5%: p is twice the smaller share
 * of draws on either side, with the 95% interval. Supported: p < .05 with the estimate on the expected side.
 * Opposite sign: significant the other way in a two-sided 5% test (fewer than 2.5% of the draws on the expected
 * side), so that a zero effect is called opposite only 2.5% of the time. Not supported otherwise.
 */
public final class BootstrapVerdictRules {

	/**
	 * The rule in R, ending with a line break, for the R scripts (lavaan, seminr): {@code level_of(expected)}, {@code p_of(expected, draws)}
	 * and {@code verdict_of(expected, estimate, p, lower, upper, draws)}. Not a compile-time constant, so that a
	 * change here reaches every script even in an incremental build.
	 */
	public static final String R = String.join("\n",
			"level_of <- function(expected) if (expected == \"two-sided\") 0.95 else 0.90",
			"p_of <- function(expected, draws) {",
			"  if (expected == \"positive\") return(mean(draws <= 0))",
			"  if (expected == \"negative\") return(mean(draws >= 0))",
			"  min(1, 2 * min(mean(draws < 0), mean(draws > 0)))",
			"}",
			"verdict_of <- function(expected, estimate, p, lower, upper, draws) {",
			"  if (is.na(p) || is.na(lower) || is.na(upper)) return(\"not estimated\")",
			"  on_expected_side <- switch(expected, positive = estimate > 0, negative = estimate < 0, estimate != 0)",
			"  if (p < 0.05 && on_expected_side) return(\"supported\")",
			"  # contradicted: significant the other way in a two-sided 5% test (the 95% interval wholly on the wrong side)",
			"  if (expected == \"positive\" && mean(draws >= 0) < 0.025) return(\"opposite sign\")",
			"  if (expected == \"negative\" && mean(draws <= 0) < 0.025) return(\"opposite sign\")",
			"  \"not supported\"",
			"}") + "\n";

	private BootstrapVerdictRules() {
	}
}
