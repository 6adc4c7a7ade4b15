package org.framewright.analysis.lavaan;

import org.framewright.analysis.BootstrapVerdictRules;

/**
 * The fixed parts of the lavaan script: the reliability report and the verdict table. They read only the fitted
 * model and the {@code tests} table the writer generates, never the framework.
 */
final class LavaanReport {

	private LavaanReport() {
	}

	/** Composite reliability (omega), alpha, AVE and HTMT; a measure semTools cannot compute is reported, not fatal. */
	static final String RELIABILITY = """
			report <- function(title, value) {
			  cat("\\n", title, "\\n", sep = "")
			  tryCatch(print(value), error = function(e) cat("  not available:", conditionMessage(e), "\\n"))
			}
			report("Composite reliability (omega)", compRelSEM(fit))
			report("Cronbach's alpha", compRelSEM(fit, tau.eq = TRUE))
			report("Average variance extracted", AVE(fit))
			report("Heterotrait-monotrait ratio (HTMT)", if (nchar(trimws(measurement)) > 0) htmt(measurement, data) else "no first-order reflective constructs")

			""";

	/**
	 * One verdict per hypothesis from the bootstrap draws of its parameter (defined parameters such as indirect
	 * effects are computed from each draw of the free parameters). A directional hypothesis is a one-sided test at
	 * 5%: p is the share of draws at or beyond zero on the wrong side, and its percentile interval is the 90% one,
	 * whose bound on the expected side is the one-sided 95% bound. A non-directional hypothesis is a two-sided test
	 * at 5%: p is twice the smaller share of draws on either side of zero, with the 95% percentile interval.
	 * Quantiles are R's type 1 (the inverse of the draws' distribution function), so the interval excludes zero on
	 * the expected side exactly when p is below .05 (up to p = .05 itself, which is not supported). Supported: p <
	 * .05 with the estimate on the expected side; opposite sign: significant the other way in a two-sided test at 5% (2.5% on that side, the 95% interval wholly on the wrong side of zero), so that a zero effect is called opposite only 2.5% of the time; not
	 * supported otherwise. The BCa interval, at the same level, is extra information and decides nothing.
	 */
	static final String VERDICTS = """
			if (nrow(tests) == 0) {
			  cat("\nThe framework states no hypotheses.\n")
			  quit(save = "no")
			}
			estimates <- parameterEstimates(fit, boot.ci.type = "perc", level = 0.95)
			cat("\nEstimates with 95% percentile bootstrap intervals (p: lavaan's Wald test with bootstrap standard errors)\n")
			print(estimates[estimates$op %in% c("~", ":="), ], row.names = FALSE)
			bca <- list(
			  "0.95" = parameterEstimates(fit, boot.ci.type = "bca.simple", level = 0.95),
			  "0.9" = parameterEstimates(fit, boot.ci.type = "bca.simple", level = 0.90))
			# The draws of every free parameter (columns named by label where there is one), failed draws left out,
			# and of every defined parameter, computed from each draw by the model's own definitions.
			boot <- lavInspect(fit, "coef.boot")
			boot <- boot[stats::complete.cases(boot), , drop = FALSE]
			if (any(parTable(fit)$op == ":=")) {
			  defined <- do.call(rbind, lapply(seq_len(nrow(boot)), function(i) fit@Model@def.function(boot[i, ])))
			  boot <- cbind(boot, defined)
			}
			row_of <- function(table, parameter) {
			  at <- which(table$label == parameter | (table$op == ":=" & table$lhs == parameter))
			  if (length(at) == 0) NULL else table[at[[1]], ]
			}
			""" + BootstrapVerdictRules.R + """
			verdicts <- do.call(rbind, lapply(seq_len(nrow(tests)), function(i) {
			  test <- tests[i, ]
			  level <- level_of(test$expected)
			  row <- row_of(estimates, test$parameter)
			  if (is.null(row) || !(test$parameter %in% colnames(boot)) || nrow(boot) == 0) {
			    return(data.frame(hypothesis = test$hypothesis, parameter = test$parameter, expected = test$expected, level = level,
			      estimate = NA, ci_lower = NA, ci_upper = NA, bca_lower = NA, bca_upper = NA, p = NA, draws = nrow(boot),
			      verdict = "not estimated"))
			  }
			  draws <- boot[, test$parameter]
			  bounds <- unname(stats::quantile(draws, c((1 - level) / 2, (1 + level) / 2), type = 1))
			  bca_row <- row_of(bca[[as.character(level)]], test$parameter)
			  p <- p_of(test$expected, draws)
			  data.frame(hypothesis = test$hypothesis, parameter = test$parameter, expected = test$expected, level = level,
			    estimate = row$est, ci_lower = bounds[[1]], ci_upper = bounds[[2]],
			    bca_lower = if (is.null(bca_row)) NA else bca_row$ci.lower, bca_upper = if (is.null(bca_row)) NA else bca_row$ci.upper,
			    p = p, draws = length(draws), verdict = verdict_of(test$expected, row$est, p, bounds[[1]], bounds[[2]], draws))
			}))
			cat("\nHypotheses\n")
			for (i in seq_len(nrow(verdicts))) cat(verdicts$hypothesis[[i]], ": ", statements[[i]], "\n", sep = "")
			cat("\nBootstrap tests at 5%: one-sided with a 90% percentile interval for a directional hypothesis,",
			  "two-sided with a 95% one otherwise (column level); p is the bootstrap p of that test.\n")
			print(verdicts, row.names = FALSE, digits = 3)
			write.csv(verdicts, verdict_file, row.names = FALSE)
			cat("\nVerdicts written to", verdict_file, "\n")
			""";

	/**
	 * Every defined effect with its 95% percentile interval from the same draws, e.g. the conditional indirect effects
	 * at a moderator's mean and one SD either side, which no hypothesis names but a researcher reports. Runs after
	 * the verdicts, whose draws it reuses.
	 */
	static final String EFFECTS = """
			if (nrow(effects) > 0) {
			  effect_table <- do.call(rbind, lapply(seq_len(nrow(effects)), function(i) {
			    name <- effects$parameter[[i]]
			    row <- row_of(estimates, name)
			    bounds <- if (name %in% colnames(boot) && nrow(boot) > 0) unname(stats::quantile(boot[, name], c(0.025, 0.975), type = 1)) else c(NA, NA)
			    data.frame(parameter = name, effect = effects$effect[[i]], estimate = if (is.null(row)) NA else row$est,
			      ci_lower = bounds[[1]], ci_upper = bounds[[2]], stringsAsFactors = FALSE)
			  }))
			  cat("\nDefined effects with 95% percentile bootstrap intervals\n")
			  print(effect_table, row.names = FALSE, digits = 3)
			  write.csv(effect_table, effects_file, row.names = FALSE)
			  cat("Effects written to", effects_file, "\n")
			}
			""";
}
