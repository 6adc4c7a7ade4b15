package org.framewright.analysis.lavaan;

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
	 * One verdict per hypothesis from the 95% percentile bootstrap interval of its parameter: supported when the
	 * interval excludes zero on the expected side, opposite sign when it excludes zero on the other side, not
	 * supported otherwise. The p value is one-sided for directional hypotheses.
	 */
	static final String VERDICTS = """
			if (nrow(tests) == 0) {
			  cat("\\nThe framework states no hypotheses.\\n")
			  quit(save = "no")
			}
			estimates <- parameterEstimates(fit, boot.ci.type = "perc", level = 0.95)
			bca <- parameterEstimates(fit, boot.ci.type = "bca.simple", level = 0.95)
			cat("\\nEstimates with 95% percentile bootstrap intervals\\n")
			print(estimates[estimates$op %in% c("~", ":="), ], row.names = FALSE)
			row_of <- function(table, parameter) {
			  at <- which(table$label == parameter | (table$op == ":=" & table$lhs == parameter))
			  if (length(at) == 0) NULL else table[at[[1]], ]
			}
			verdict_of <- function(expected, lower, upper) {
			  if (is.na(lower) || is.na(upper)) return("not estimated")
			  above <- lower > 0
			  below <- upper < 0
			  if (expected == "positive") return(if (above) "supported" else if (below) "opposite sign" else "not supported")
			  if (expected == "negative") return(if (below) "supported" else if (above) "opposite sign" else "not supported")
			  if (above || below) "supported" else "not supported"
			}
			p_of <- function(expected, estimate, p) {
			  if (expected == "two-sided" || is.na(p)) return(p)
			  agrees <- if (expected == "positive") estimate > 0 else estimate < 0
			  if (agrees) p / 2 else 1 - p / 2
			}
			verdicts <- do.call(rbind, lapply(seq_len(nrow(tests)), function(i) {
			  test <- tests[i, ]
			  row <- row_of(estimates, test$parameter)
			  bca_row <- row_of(bca, test$parameter)
			  if (is.null(row)) {
			    return(data.frame(hypothesis = test$hypothesis, parameter = test$parameter, expected = test$expected,
			      estimate = NA, ci_lower = NA, ci_upper = NA, bca_lower = NA, bca_upper = NA, p = NA, verdict = "not estimated"))
			  }
			  data.frame(hypothesis = test$hypothesis, parameter = test$parameter, expected = test$expected,
			    estimate = row$est, ci_lower = row$ci.lower, ci_upper = row$ci.upper,
			    bca_lower = if (is.null(bca_row)) NA else bca_row$ci.lower, bca_upper = if (is.null(bca_row)) NA else bca_row$ci.upper,
			    p = p_of(test$expected, row$est, row$pvalue), verdict = verdict_of(test$expected, row$ci.lower, row$ci.upper))
			}))
			cat("\\nHypotheses\\n")
			for (i in seq_len(nrow(verdicts))) cat(verdicts$hypothesis[[i]], ": ", statements[[i]], "\\n", sep = "")
			print(verdicts, row.names = FALSE, digits = 3)
			write.csv(verdicts, verdict_file, row.names = FALSE)
			cat("\\nVerdicts written to", verdict_file, "\\n")
			""";
}
