package org.framewright.stats.report;

import static org.framewright.model.generation.HtmlText.escape;

import java.util.List;
import java.util.Locale;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.BootstrapQuantity;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.Interval;
import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.stats.reliability.Alpha;
import org.framewright.stats.reliability.FornellLarckerTable;
import org.framewright.stats.reliability.HtmtMatrix;
import org.framewright.stats.reliability.ItemStatistics;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.stats.sem.CfaValidity;
import org.framewright.stats.sem.FitMeasures;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.study.StudyResults;
import org.framewright.stats.verdict.HypothesisVerdict;

/**
 * The analysis report as one self-contained HTML file: the verdict on every hypothesis, the framework diagram
 * annotated with them, the estimates, reliability and validity, and every note about the data. Every text from the
 * framework or the data goes through {@link org.framewright.model.generation.HtmlText}; the diagram comes as SVG
 * that its own renderer escaped.
 */
public final class HtmlReport {

	/** The HTMT ceiling above which two constructs are not told apart (Henseler, Ringle and Sarstedt 2015). */
	static final double HTMT_CEILING = 0.85;

	/** Alpha (and composite reliability) below this is commonly read as not reliable enough (Nunnally 1978). */
	static final double ALPHA_FLOOR = 0.70;

	/** AVE below this means a construct explains less than half its items' variance (Fornell and Larcker 1981). */
	static final double AVE_FLOOR = 0.50;

	/** The level of the report's bootstrap intervals: the usual 95%, whatever the hypotheses' directions. */
	static final double BOOTSTRAP_LEVEL = 0.95;

	private final StringBuilder out = new StringBuilder();

	private HtmlReport() {
	}

	/** The report; {@code diagramSvg} is the annotated diagram as an SVG document, or null to leave it out. */
	public static String of(Framework framework, StudyResults results, String diagramSvg) {
		HtmlReport report = new HtmlReport();
		report.head(framework);
		report.summary(framework, results);
		report.verdicts(results.verdicts(), results.method());
		if (diagramSvg != null) {
			report.diagram(diagramSvg);
		}
		results.sem().ifPresent(report::structuralModel);
		results.bootstrap().ifPresent(report::bootstrap);
		results.composite().ifPresent(composite -> report.estimates(composite.regressions()));
		results.reliability().ifPresent(report::reliability);
		results.validity().ifPresent(report::validity);
		report.notes(results.notes());
		report.out.append("</main>\n</body>\n</html>\n");
		return report.out.toString();
	}

	private void head(Framework framework) {
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		out.append("<title>").append(escape("Analysis of " + framework.getName())).append("</title>\n");
		out.append("""
				<style>
				body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; line-height: 1.4; }
				table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
				th, td { border-bottom: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
				td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
				.supported { color: #1a7f37; font-weight: bold; }
				.opposite-sign { color: #b3261e; font-weight: bold; }
				.not-supported, .not-estimated { color: #6b6b6b; }
				.flag { color: #b3261e; }
				figure svg { max-width: 100%; height: auto; }
				</style>
				</head>
				<body>
				<main>
				""");
	}

	private void summary(Framework framework, StudyResults results) {
		out.append("<h1>").append(escape(framework.getTitle() != null ? framework.getTitle() : framework.getName())).append("</h1>\n");
		out.append("<p>Framework <code>").append(escape(framework.getName())).append("</code>, data <code>").append(escape(results.source()))
				.append("</code>: ").append(results.cases()).append(" cases");
		if (results.rowsDropped() > 0) {
			out.append(" (").append(results.rowsDropped()).append(" rows with missing answers left out)");
		}
		out.append(".</p>\n");
	}

	private void verdicts(List<HypothesisVerdict> verdicts, String method) {
		out.append("<h2>Hypotheses</h2>\n<p>Estimated from ").append(escape(method)).append(". A directional hypothesis is a one-sided test at 5%"
				+ " (90% interval), a non-directional one two-sided (95% interval); a mediation is judged by its indirect effect;"
				+ " an effect significant against the stated direction is of the opposite sign.</p>\n");
		out.append("<table id=\"verdicts\">\n<tr><th>Hypothesis</th><th>Tested by</th><th>Expected</th><th>Estimate</th><th>Interval</th>"
				+ "<th>p</th><th>Test</th><th>Verdict</th></tr>\n");
		for (HypothesisVerdict v : verdicts) {
			out.append("<tr><td><b>").append(escape(v.hypothesis())).append("</b>");
			if (v.statement() != null) {
				out.append("<br><small>").append(escape(v.statement())).append("</small>");
			}
			out.append("</td><td>").append(escape(v.quantity())).append("</td><td>").append(escape(v.expected().label())).append("</td>");
			out.append("<td class=\"number\">").append(VerdictTable.number(v.estimate())).append("</td><td class=\"number\">");
			if (!Double.isNaN(v.lower())) {
				out.append(String.format(Locale.ROOT, "%.0f%% [%.3f, %.3f]", 100 * v.level(), v.lower(), v.upper()));
			}
			out.append("</td><td class=\"number\">").append(escape(VerdictTable.p(v.p()))).append("</td><td>").append(escape(v.test())).append("</td>");
			out.append("<td class=\"").append(v.verdict().label().replace(' ', '-')).append("\">").append(escape(v.verdict().label()));
			if (v.reason() != null) {
				out.append("<br><small>").append(escape(v.reason())).append("</small>");
			}
			out.append("</td></tr>\n");
		}
		out.append("</table>\n");
	}

	private void diagram(String svg) {
		String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
		out.append("<h2>Framework</h2>\n<figure>\n").append(body).append("\n<figcaption>Each arrow carries its hypotheses with their verdicts"
				+ " (\u2713 supported, \u2717 not supported or of the opposite sign) and its standardized estimate.</figcaption>\n</figure>\n");
	}

	private void structuralModel(SemEstimates sem) {
		FitMeasures fit = sem.fit();
		out.append("<h2>Structural equation model (maximum likelihood)</h2>\n<p id=\"fit\">")
				.append(String.format(Locale.ROOT, "&chi;&sup2;(%d) = %.2f, p %s; CFI = %.3f, TLI = %.3f, RMSEA = %.3f [90%% CI %.3f, %.3f], SRMR = %.3f",
						fit.df(), fit.chiSquare(), pText(fit.pValue()), fit.cfi(), fit.tli(), fit.rmsea(), fit.rmseaLower(), fit.rmseaUpper(), fit.srmr()))
				.append("</p>\n<table id=\"sem\">\n<tr><th>Parameter</th><th>Estimate</th><th>SE</th><th>z</th><th>p</th><th>Standardized</th></tr>\n");
		for (ParameterEstimate e : sem.estimates()) {
			if (!e.op().equals("~") && !e.op().equals("=~")) {
				continue;
			}
			out.append("<tr><td>").append(escape(e.lhs() + " " + e.op() + " " + e.rhs())).append("</td><td class=\"number\">")
					.append(VerdictTable.number(e.estimate())).append("</td>");
			if (e.free()) {
				out.append("<td class=\"number\">").append(VerdictTable.number(e.standardError())).append("</td><td class=\"number\">")
						.append(VerdictTable.number(e.z())).append("</td><td class=\"number\">").append(escape(VerdictTable.p(e.pValue()))).append("</td>");
			} else {
				out.append("<td colspan=\"3\">fixed</td>");
			}
			out.append("<td class=\"number\">").append(VerdictTable.number(e.standardized())).append("</td></tr>\n");
		}
		out.append("</table>\n");
		if (!sem.rSquared().isEmpty()) {
			out.append("<p>R&sup2;: ");
			out.append(String.join(", ", sem.rSquared().entrySet().stream()
					.map(entry -> escape(entry.getKey()) + String.format(Locale.ROOT, " %.3f", entry.getValue())).toList()));
			out.append("</p>\n");
		}
	}

	private void bootstrap(BootstrapResult bootstrap) {
		out.append("<h3>Bootstrap intervals</h3>\n<p id=\"bootstrap-summary\">").append(escape(bootstrap.description())).append(" (seed ")
				.append(bootstrap.seed()).append(")");
		if (bootstrap.failed() > 0) {
			out.append(String.format(Locale.ROOT, "; left out: %d not converged, %d with a negative variance, %d not positive definite",
					bootstrap.notConverged(), bootstrap.improper(), bootstrap.singular()));
		}
		out.append(". Percentile, bias-corrected (BC) and bias-corrected accelerated (BCa) 95% intervals; the BCa acceleration from a"
				+ " jackknife of ").append(bootstrap.jackknifeFits()).append(" refits.");
		if (bootstrap.distributions().stream().anyMatch(d -> d.kind().ofCompositeModel())) {
			out.append(" Interactions, simple slopes, squares, indexes of moderated mediation and conditional indirect effects come from the"
					+ " composite path model refitted by OLS to the same draws (as PROCESS does), the moderator probed at its full-sample mean"
					+ " and one standard deviation either side.");
		}
		out.append("</p>\n");
		out.append("<table id=\"bootstrap\">\n<tr><th>Quantity</th><th>Kind</th><th>Estimate</th><th>Bootstrap SE</th><th>Percentile</th>"
				+ "<th>BC</th><th>BCa</th></tr>\n");
		BootstrapQuantity.Kind kind = null;
		for (BootstrapDistribution d : bootstrap.distributions()) {
			if (d.kind() != kind) {
				kind = d.kind();
				out.append("<tr class=\"kind\"><th colspan=\"7\">").append(escape(kind.heading())).append("</th></tr>\n");
			}
			out.append("<tr><td>").append(escape(d.name())).append("</td><td>").append(escape(d.kind().label())).append("</td><td class=\"number\">")
					.append(VerdictTable.number(d.estimate())).append("</td><td class=\"number\">").append(VerdictTable.number(d.standardError()))
					.append("</td>");
			for (Interval interval : List.of(d.percentile(BOOTSTRAP_LEVEL), d.biasCorrected(BOOTSTRAP_LEVEL), d.biasCorrectedAccelerated(BOOTSTRAP_LEVEL))) {
				out.append(String.format(Locale.ROOT, "<td class=\"number\">[%.3f, %.3f]</td>", interval.lower(), interval.upper()));
			}
			out.append("</tr>\n");
		}
		out.append("</table>\n");
	}

	private void validity(CfaValidity validity) {
		out.append("<h3>Convergent validity (CFA)</h3>\n<table id=\"convergent\">\n<tr><th>Construct</th><th>Composite reliability</th><th>AVE</th></tr>\n");
		validity.constructs().forEach((construct, v) -> out.append("<tr><td>").append(escape(construct)).append("</td><td class=\"number")
				.append(v.compositeReliability() < ALPHA_FLOOR ? " flag" : "").append("\">").append(VerdictTable.number(v.compositeReliability()))
				.append("</td><td class=\"number").append(v.averageVarianceExtracted() < AVE_FLOOR ? " flag" : "").append("\">")
				.append(VerdictTable.number(v.averageVarianceExtracted())).append("</td></tr>\n"));
		out.append("</table>\n");
		FornellLarckerTable table = validity.fornellLarcker();
		if (table != null && table.constructs().size() > 1) {
			out.append("<h3>Fornell-Larcker criterion</h3>\n<table id=\"fornell-larcker\">\n<tr><th></th>");
			table.constructs().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
			out.append("</tr>\n");
			for (int i = 0; i < table.constructs().size(); i++) {
				out.append("<tr><th>").append(escape(table.constructs().get(i))).append("</th>");
				for (int j = 0; j <= i; j++) {
					double value = i == j ? table.rootAve()[i] : table.correlations()[i][j];
					boolean violates = i != j && !table.discriminates(i, j);
					out.append("<td class=\"number").append(violates ? " flag" : "").append("\">").append(i == j ? "<b>" : "")
							.append(VerdictTable.number(value)).append(i == j ? "</b>" : "").append("</td>");
				}
				out.append("</tr>\n");
			}
			out.append("</table>\n<p>The diagonal holds the square root of each AVE; a correlation above either root is marked.</p>\n");
		}
	}

	private void estimates(List<RegressionResult> regressions) {
		out.append("<h2>Path model on composite scores (OLS)</h2>\n");
		for (RegressionResult regression : regressions) {
			out.append("<h3>").append(escape(regression.outcome())).append("</h3>\n<p>")
					.append(String.format(Locale.ROOT, "R&sup2; = %.3f, adjusted R&sup2; = %.3f, F = %.2f, p %s, n = %d", regression.rSquared(),
							regression.adjustedRSquared(), regression.fStatistic(), pText(regression.fPValue()), regression.n()));
			if (regression.standardizedOnly()) {
				out.append(" (from correlations: standardized estimates only)");
			}
			out.append("</p>\n<table>\n<tr><th>Predictor</th><th>b</th><th>SE</th><th>&beta;</th><th>t</th><th>p</th><th>VIF</th></tr>\n");
			for (Coefficient c : regression.coefficients()) {
				out.append("<tr><td>").append(escape(c.term())).append("</td>");
				for (double value : new double[] { c.estimate(), c.standardError(), c.standardized(), c.t() }) {
					out.append("<td class=\"number\">").append(VerdictTable.number(value)).append("</td>");
				}
				out.append("<td class=\"number\">").append(escape(VerdictTable.p(c.p()))).append("</td><td class=\"number\">")
						.append(Double.isNaN(c.vif()) ? "" : String.format(Locale.ROOT, "%.2f", c.vif())).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}
	}

	private void reliability(ReliabilityReport report) {
		out.append("<h2>Reliability and validity</h2>\n<table id=\"alpha\">\n<tr><th>Construct</th><th>Cronbach's &alpha;</th>"
				+ "<th>standardized &alpha;</th><th>Item: &alpha; if deleted, corrected item-total r</th></tr>\n");
		for (Alpha alpha : report.alphas()) {
			out.append("<tr><td>").append(escape(alpha.construct())).append("</td><td class=\"number").append(alpha.alpha() < ALPHA_FLOOR ? " flag" : "")
					.append("\">").append(VerdictTable.number(alpha.alpha())).append("</td><td class=\"number\">")
					.append(VerdictTable.number(alpha.standardizedAlpha())).append("</td><td>");
			for (ItemStatistics item : alpha.items()) {
				out.append(escape(item.item())).append(String.format(Locale.ROOT, ": %.3f, %.3f", item.alphaIfDeleted(), item.correctedItemTotal()))
						.append("<br>");
			}
			out.append("</td></tr>\n");
		}
		out.append("</table>\n");
		HtmtMatrix htmt = report.htmt();
		if (htmt != null && htmt.constructs().size() > 1) {
			out.append("<h3>Heterotrait-monotrait ratio (HTMT)</h3>\n<table id=\"htmt\">\n<tr><th></th>");
			htmt.constructs().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
			out.append("</tr>\n");
			for (int i = 0; i < htmt.constructs().size(); i++) {
				out.append("<tr><th>").append(escape(htmt.constructs().get(i))).append("</th>");
				for (int j = 0; j < htmt.constructs().size(); j++) {
					double value = htmt.values()[i][j];
					out.append(j < i ? "<td class=\"number" + (value > HTMT_CEILING ? " flag" : "") + "\">" + VerdictTable.number(value) + "</td>"
							: "<td></td>");
				}
				out.append("</tr>\n");
			}
			out.append("</table>\n<p>Values above ").append(HTMT_CEILING).append(" are marked: those constructs are not told apart.</p>\n");
		}
	}

	private void notes(List<Problem> notes) {
		if (notes.isEmpty()) {
			return;
		}
		out.append("<h2>Notes</h2>\n<ul id=\"notes\">\n");
		notes.forEach(note -> out.append("<li>").append(escape(note.toString())).append("</li>\n"));
		out.append("</ul>\n");
	}

	private static String pText(double p) {
		String text = VerdictTable.p(p);
		return text.startsWith("<") ? "&lt; .001" : "= " + text;
	}
}
