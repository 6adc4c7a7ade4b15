package org.framewright.analysis.seminr;

import org.framewright.analysis.BootstrapVerdictRules;

/**
 * The fixed parts of the seminr script: the model report and the verdict table. They read only the estimated and
 * bootstrapped model and the {@code coefficient_paths}, {@code defined} and {@code tests} tables the writer generates.
 */
final class SeminrReport {

	private SeminrReport() {
	}

	/** Paths and R squared, reliability (alpha, rhoC, AVE, rhoA) and HTMT; a part seminr cannot give is reported, not fatal. */
	static final String REPORT = """
			report <- function(title, value) {
			  cat("\\n", title, "\\n", sep = "")
			  tryCatch(print(value), error = function(e) cat("  not available:", conditionMessage(e), "\\n"))
			}
			report("Paths and R squared", pls_summary$paths)
			report("Reliability (alpha, rhoC, AVE, rhoA)", pls_summary$reliability)
			report("Heterotrait-monotrait ratio (HTMT)", pls_summary$validity$htmt)
			""";

	/**
	 * One verdict per hypothesis from the bootstrap draws of its parameter, by the lavaan script's rules: a
	 * directional hypothesis is a one-sided test at 5% (p the share of draws at or beyond zero on the wrong side,
	 * with the 90% percentile interval), a non-directional one a two-sided test at 5% (p twice the smaller share on
	 * either side, with the 95% interval). Supported: p < .05 with the estimate on the expected side; opposite sign:
	 * the interval wholly on the other side of zero; not supported otherwise. Defined effects are computed from
	 * each draw of the paths ({@code boot$boot_paths}, constructs by constructs by draws).
	 */
	static final String VERDICTS = """
			if (nrow(tests) == 0) {
			  cat("\\nThe framework states no hypotheses.\\n")
			  quit(save = "no")
			}
			path_value <- function(matrix_of) function(label) {
			  at <- coefficient_paths[coefficient_paths$label == label, ]
			  matrix_of(at$from[[1]], at$to[[1]])
			}
			estimate_of <- path_value(function(from, to) pls$path_coef[from, to])
			draws_of <- path_value(function(from, to) boot$boot_paths[from, to, ])
			value_of <- function(parameter, path) {
			  if (parameter %in% coefficient_paths$label) return(path(parameter))
			  if (!is.null(defined[[parameter]])) {
			    return(Reduce(`+`, lapply(defined[[parameter]], function(term) term$weight * Reduce(`*`, lapply(term$labels, path)))))
			  }
			  NULL
			}
			""" + BootstrapVerdictRules.R + """
			verdicts <- do.call(rbind, lapply(seq_len(nrow(tests)), function(i) {
			  test <- tests[i, ]
			  level <- level_of(test$expected)
			  estimate <- value_of(test$parameter, estimate_of)
			  draws <- value_of(test$parameter, draws_of)
			  draws <- draws[!is.na(draws)]
			  if (is.null(estimate) || length(draws) == 0) {
			    return(data.frame(hypothesis = test$hypothesis, parameter = test$parameter, expected = test$expected, level = level,
			      estimate = NA, ci_lower = NA, ci_upper = NA, p = NA, draws = length(draws), verdict = "not estimated"))
			  }
			  # Quantiles of type 1 (the inverse of the draws' distribution function): the interval excludes zero on the
			  # expected side exactly when p < .05, up to p = .05 itself.
			  bounds <- unname(stats::quantile(draws, c((1 - level) / 2, (1 + level) / 2), type = 1))
			  p <- p_of(test$expected, draws)
			  data.frame(hypothesis = test$hypothesis, parameter = test$parameter, expected = test$expected, level = level,
			    estimate = estimate, ci_lower = bounds[[1]], ci_upper = bounds[[2]], p = p, draws = length(draws),
			    verdict = verdict_of(test$expected, estimate, p, bounds[[1]], bounds[[2]], draws))
			}))
			cat("\\nHypotheses\\n")
			for (i in seq_len(nrow(verdicts))) cat(verdicts$hypothesis[[i]], ": ", statements[[i]], "\\n", sep = "")
			cat("\\nBootstrap tests at 5%: one-sided with a 90% percentile interval for a directional hypothesis,",
			  "two-sided with a 95% one otherwise (column level); p is the bootstrap p of that test.\\n")
			print(verdicts, row.names = FALSE, digits = 3)
			write.csv(verdicts, verdict_file, row.names = FALSE)
			cat("\\nVerdicts written to", verdict_file, "\\n")
			if (length(defined) > 0) {
			  effect_table <- do.call(rbind, lapply(names(defined), function(name) {
			    draws <- value_of(name, draws_of)
			    draws <- draws[!is.na(draws)]
			    bounds <- if (length(draws) > 0) unname(stats::quantile(draws, c(0.025, 0.975), type = 1)) else c(NA, NA)
			    data.frame(parameter = name, estimate = value_of(name, estimate_of), ci_lower = bounds[[1]], ci_upper = bounds[[2]])
			  }))
			  cat("\\nDefined effects with 95% percentile bootstrap intervals\\n")
			  print(effect_table, row.names = FALSE, digits = 3)
			}
			""";
}
