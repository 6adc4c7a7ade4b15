package org.framewright.stats.power;

import static org.framewright.model.generation.HtmlText.escape;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;

/** A power analysis as a terminal table and as an HTML report with the power curve of every hypothesis. */
public final class PowerReport {

	/** The curve's colours, distinguishable in colour-blind vision (Okabe and Ito 2008). */
	private static final String[] COLOURS = { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000" };

	private PowerReport() {
	}

	public static String table(PowerResults results) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%6s", "N"));
		results.hypotheses().forEach(h -> out.append(String.format(Locale.ROOT, " %7s", h)));
		out.append("  failed\n");
		for (PowerResults.Row row : results.rows()) {
			out.append(String.format(Locale.ROOT, "%6d", row.n()));
			for (String h : results.hypotheses()) {
				Double power = row.power().get(h);
				out.append(power == null ? String.format(Locale.ROOT, " %7s", "-") : String.format(Locale.ROOT, " %7.3f", power));
			}
			out.append(String.format(Locale.ROOT, "  %d of %d%s%n", row.failed(), row.replications(), row.failures().isEmpty() ? "" : " " + row.failures()));
		}
		OptionalInt smallest = results.smallestSufficientN();
		out.append(smallest.isPresent() ? "Smallest N at which every hypothesis reaches " + results.target() + ": " + smallest.getAsInt() + "\n"
				: "No N tried gives every hypothesis a power of " + results.target() + "; try larger ones (--n).\n");
		return out.toString();
	}

	public static String html(Framework framework, PowerResults results) {
		StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
		out.append(escape("Power of " + framework.getName())).append("</title>\n<style>\n")
				.append("body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }\n")
				.append("table { border-collapse: collapse; } th, td { border-bottom: 1px solid #ccc; padding: 0.2em 0.6em; text-align: right; }\n")
				.append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape("Power: " + (framework.getTitle() != null ? framework.getTitle() : framework.getName())))
				.append("</h1>\n");
		OptionalInt smallest = results.smallestSufficientN();
		out.append("<p>").append(smallest.isPresent() ? "Every hypothesis reaches a power of " + results.target() + " from N = " + smallest.getAsInt() + "."
				: "No sample size tried gives every hypothesis a power of " + results.target() + ".");
		if (results.plannedN() > 0) {
			out.append(" The plan's sample is ").append(results.plannedN()).append(".");
		}
		out.append("</p>\n");
		out.append(curve(results));
		out.append("<table id=\"power\">\n<tr><th>N</th>");
		results.hypotheses().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
		out.append("<th>failed</th></tr>\n");
		for (PowerResults.Row row : results.rows()) {
			out.append("<tr><td>").append(row.n()).append("</td>");
			for (String h : results.hypotheses()) {
				Double power = row.power().get(h);
				out.append("<td>").append(power == null ? "&ndash;" : String.format(Locale.ROOT, "%.3f", power)).append("</td>");
			}
			out.append("<td>").append(row.failed()).append("</td></tr>\n");
		}
		out.append("</table>\n");
		out.append("<h2>How the samples were simulated</h2>\n<p id=\"method\">").append(escape(results.method())).append("</p>\n");
		if (!results.notes().isEmpty()) {
			out.append("<h2>Notes</h2>\n<ul>\n");
			for (Problem note : results.notes()) {
				out.append("<li>").append(escape(note.message())).append("</li>\n");
			}
			out.append("</ul>\n");
		}
		return out.append("</main>\n</body>\n</html>\n").toString();
	}

	/** The power curves as an SVG line chart: N across, power up, the target as a dashed line. */
	static String curve(PowerResults results) {
		double width = 640;
		double height = 320;
		double left = 50;
		double bottom = 40;
		List<PowerResults.Row> rows = results.rows();
		int minN = rows.get(0).n();
		int maxN = rows.get(rows.size() - 1).n();
		double span = Math.max(1, maxN - minN);
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<figure><svg id=\"power-curve\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\""
						+ " aria-label=\"Power by sample size\">%n", width + 120, height, width + 120, height));
		double plotWidth = width - left;
		double plotHeight = height - bottom - 10;
		svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>%n", left, 10.0, left, 10 + plotHeight));
		svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>%n", left, 10 + plotHeight, width,
				10 + plotHeight));
		for (double p = 0; p <= 1.0001; p += 0.2) {
			double y = 10 + plotHeight * (1 - p);
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.1f</text>%n", left - 5, y + 4, p));
		}
		double targetY = 10 + plotHeight * (1 - results.target());
		svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>%n", left,
				targetY, width, targetY));
		for (PowerResults.Row row : rows) {
			double x = left + plotWidth * (row.n() - minN) / span;
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%d</text>%n", x,
					10 + plotHeight + 15, row.n()));
		}
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">N</text>%n", left + plotWidth / 2,
				height - 5));
		for (int h = 0; h < results.hypotheses().size(); h++) {
			String hypothesis = results.hypotheses().get(h);
			StringBuilder points = new StringBuilder();
			for (PowerResults.Row row : rows) {
				Double power = row.power().get(hypothesis);
				if (power != null) {
					points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + plotWidth * (row.n() - minN) / span, 10 + plotHeight * (1 - power)));
				}
			}
			if (points.isEmpty()) {
				continue;
			}
			String colour = COLOURS[h % COLOURS.length];
			svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"").append(points.toString().strip())
					.append("\"/>\n");
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" fill=\"%s\">%s</text>%n", width + 10, 20.0 + 16 * h,
					colour, escape(hypothesis)));
		}
		return svg.append("</svg><figcaption>Power of each hypothesis by sample size; the dashed line is ").append(results.target())
				.append(".</figcaption></figure>\n").toString();
	}
}
