package org.framewright.stats.report;

import java.util.Locale;

import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapQuantity;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.Interval;

/**
 * A bootstrap's intervals as a plain-text table for the terminal: one row per quantity, 95% percentile, BC and BCa,
 * the rows grouped by kind under a heading (paths, ..., conditional indirect effects).
 */
public final class BootstrapTable {

	/** The quantity column is at least as wide as the old fixed layout, and as wide as the longest name. */
	private static final int MIN_NAME_WIDTH = 28;

	private BootstrapTable() {
	}

	public static String of(BootstrapResult bootstrap) {
		int width = Math.max(MIN_NAME_WIDTH, bootstrap.distributions().stream().mapToInt(d -> d.name().length()).max().orElse(0));
		String row = "%-" + width + "s %9s %9s %20s %20s %20s%n";
		StringBuilder out = new StringBuilder();
		out.append(bootstrap.description()).append(String.format(Locale.ROOT, " (failed: %d not converged, %d negative variance, %d not positive"
				+ " definite), seed %d:%n", bootstrap.notConverged(), bootstrap.improper(), bootstrap.singular(), bootstrap.seed()));
		out.append(String.format(Locale.ROOT, row, "quantity", "estimate", "boot SE", "95% percentile", "95% BC", "95% BCa"));
		BootstrapQuantity.Kind kind = null;
		for (BootstrapDistribution d : bootstrap.distributions()) {
			if (d.kind() != kind) {
				kind = d.kind();
				out.append(kind.heading()).append(":").append(System.lineSeparator());
			}
			out.append(String.format(Locale.ROOT, "%-" + width + "s %9.4f %9.4f %20s %20s %20s%n", d.name(), d.estimate(), d.standardError(),
					interval(d.percentile(HtmlReport.BOOTSTRAP_LEVEL)), interval(d.biasCorrected(HtmlReport.BOOTSTRAP_LEVEL)),
					interval(d.biasCorrectedAccelerated(HtmlReport.BOOTSTRAP_LEVEL))));
		}
		return out.toString();
	}

	private static String interval(Interval interval) {
		return String.format(Locale.ROOT, "[%7.4f, %7.4f]", interval.lower(), interval.upper());
	}
}
