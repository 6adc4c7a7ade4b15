package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.testing.Rscript;

/**
 * Numbers R computed, exchanged as a two-column file "key,value" with 17 significant digits (so no digit is lost
 * on the way), and compared with ours while the largest difference is recorded for the test's report.
 */
final class RNumbers {

	/** R functions the agreement scripts share: {@code put(key, value)} collects numbers, {@code save()} writes them. */
	static final String PRELUDE = """
			suppressMessages({library(lavaan); library(semTools)})
			.numbers <- list()
			put <- function(key, value) .numbers[[key]] <<- value
			save <- function() writeLines(sprintf("%s,%.17g", names(.numbers), unlist(.numbers)), "r-numbers.csv")
			# lm's coefficient table, standardized coefficients (lm on scaled columns) and VIFs under keys "label|term|what".
			put_lm <- function(label, fit, rename = identity) {
			  s <- summary(fit); co <- coef(s)
			  for (term in rownames(co)) {
			    key <- function(what) paste(label, rename(term), what, sep = "|")
			    put(key("estimate"), co[term, 1]); put(key("se"), co[term, 2]); put(key("t"), co[term, 3]); put(key("p"), co[term, 4])
			  }
			  put(paste(label, "r2", sep = "|"), s$r.squared); put(paste(label, "adjr2", sep = "|"), s$adj.r.squared)
			  put(paste(label, "f", sep = "|"), s$fstatistic[[1]]); put(paste(label, "sigma", sep = "|"), s$sigma)
			  mf <- model.frame(fit); x <- model.matrix(fit)[, -1, drop = FALSE]; y <- model.response(mf)
			  beta <- coef(lm(scale(y) ~ scale(x)))[-1]
			  for (j in seq_len(ncol(x))) {
			    term <- rename(colnames(x)[j])
			    put(paste(label, term, "beta", sep = "|"), beta[[j]])
			    vif <- if (ncol(x) > 1) 1 / (1 - summary(lm(x[, j] ~ x[, -j]))$r.squared) else 1
			    put(paste(label, term, "vif", sep = "|"), vif)
			  }
			}
			""";

	private final Map<String, Double> values = new LinkedHashMap<>();
	private double largestDifference;

	private RNumbers(Map<String, Double> values) {
		this.values.putAll(values);
	}

	/** R code that assigns a matrix with named rows and columns, every value with 17 significant digits. */
	static String matrix(String variable, List<String> names, double[][] values) {
		StringBuilder r = new StringBuilder(variable).append(" <- matrix(c(");
		for (double[] row : values) {
			for (double value : row) {
				r.append(String.format(Locale.ROOT, "%.17g,", value));
			}
		}
		r.setLength(r.length() - 1);
		r.append("), ").append(values.length).append(", ").append(values.length).append(", byrow = TRUE)\n");
		String quoted = names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(","));
		return r.append("colnames(").append(variable).append(") <- rownames(").append(variable).append(") <- c(").append(quoted).append(")\n")
				.toString();
	}

	/** Writes the script into the folder, runs it there, and reads the numbers it saved. */
	static RNumbers run(Path folder, String script) {
		try {
			Files.writeString(folder.resolve("agreement.R"), PRELUDE + script + "\nsave()\n", StandardCharsets.UTF_8);
			Rscript.succeed(folder, "agreement.R");
			Map<String, Double> values = new LinkedHashMap<>();
			for (String line : Files.readAllLines(folder.resolve("r-numbers.csv"), StandardCharsets.UTF_8)) {
				int comma = line.lastIndexOf(',');
				values.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
			}
			return new RNumbers(values);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** R's number under a key. */
	double get(String key) {
		Double value = values.get(key);
		if (value == null) {
			fail("R computed no number " + key + "; it has " + values.keySet());
		}
		return value;
	}

	/** Asserts that ours agrees with R's within the tolerance, and records the difference. */
	void assertAgrees(String key, double ours, double tolerance) {
		double theirs = get(key);
		double difference = Math.abs(theirs - ours);
		if (Double.isFinite(difference)) {
			largestDifference = Math.max(largestDifference, difference);
		}
		assertEquals(theirs, ours, tolerance, key);
	}

	/** Asserts that a regression agrees with the one {@code put_lm(label, ...)} saved, term by term. */
	void assertAgreesWithLm(String label, RegressionResult regression, double tolerance) {
		for (Coefficient c : regression.coefficients()) {
			String key = label + "|" + c.term() + "|";
			assertAgrees(key + "estimate", c.estimate(), tolerance);
			assertAgrees(key + "se", c.standardError(), tolerance);
			assertAgrees(key + "t", c.t(), tolerance);
			assertAgrees(key + "p", c.p(), tolerance);
			if (!c.term().equals(Coefficient.INTERCEPT)) {
				assertAgrees(key + "beta", c.standardized(), tolerance);
				assertAgrees(key + "vif", c.vif(), tolerance);
			}
		}
		assertAgrees(label + "|r2", regression.rSquared(), tolerance);
		assertAgrees(label + "|adjr2", regression.adjustedRSquared(), tolerance);
		assertAgrees(label + "|f", regression.fStatistic(), tolerance);
		assertAgrees(label + "|sigma", regression.residualStandardError(), tolerance);
	}

	/** The largest difference between ours and R's so far. */
	double largestDifference() {
		return largestDifference;
	}
}
