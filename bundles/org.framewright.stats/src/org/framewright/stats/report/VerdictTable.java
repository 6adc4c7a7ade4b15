package org.framewright.stats.report;

import java.util.List;
import java.util.Locale;

import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.Verdict;

/** The verdicts as a plain-text table for the terminal, one row per hypothesis. */
public final class VerdictTable {

	private VerdictTable() {
	}

	public static String of(List<HypothesisVerdict> verdicts) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-6s %-44s %-10s %9s %21s %8s  %s%n", "", "tested by", "expected", "estimate", "interval", "p", "verdict"));
		for (HypothesisVerdict v : verdicts) {
			String interval = v.verdict() == Verdict.NOT_ESTIMATED ? ""
					: String.format(Locale.ROOT, "%2.0f%% [%6.3f, %6.3f]", 100 * v.level(), v.lower(), v.upper());
			out.append(String.format(Locale.ROOT, "%-6s %-44s %-10s %9s %21s %8s  %s%n", v.hypothesis(), cut(v.quantity(), 44), v.expected().label(),
					number(v.estimate()), interval, p(v.p()), v.verdict().label() + (v.reason() == null ? "" : " (" + v.reason() + ")")));
		}
		return out.toString();
	}

	static String number(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
	}

	/** A p-value as journals print it: three decimals, "< .001" below that. */
	static String p(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		return value < 0.001 ? "< .001" : String.format(Locale.ROOT, "%.3f", value).replaceFirst("^0", "");
	}

	private static String cut(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
	}
}
