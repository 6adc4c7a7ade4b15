package org.framewright.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.framewright.diagram.DiagramAnnotations;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.FrameworkDiagram;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;
import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.study.StudyResults;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.Verdict;

/**
 * The framework diagram of an analysis report: each hypothesis marked with its verdict (✓ supported, ✗ not
 * supported, ✗ opposite sign) and each path with its standardized estimate, from the structural equation model
 * when there is one, else from the composite path model.
 */
final class ReportDiagram {

	private ReportDiagram() {
	}

	static String svg(Framework framework, StudyResults results, DiagramFont font) {
		DiagramOptions options = DiagramOptions.DEFAULTS.withAnnotations(annotations(results));
		byte[] svg = DiagramFormat.SVG.renderer(font, DiagramFormat.DEFAULT_DPI).render(new FrameworkDiagram(font).draw(framework, options));
		return new String(svg, StandardCharsets.UTF_8);
	}

	static DiagramAnnotations annotations(StudyResults results) {
		Map<String, String> marks = new LinkedHashMap<>();
		for (HypothesisVerdict verdict : results.verdicts()) {
			String mark = mark(verdict.verdict());
			if (mark != null) {
				marks.put(verdict.hypothesis(), mark);
			}
		}
		Map<String, String> notes = new LinkedHashMap<>();
		if (results.sem().isPresent()) {
			for (ParameterEstimate estimate : results.sem().get().estimates()) {
				if (estimate.op().equals("~") && !Double.isNaN(estimate.standardized())) {
					notes.put(DiagramAnnotations.pathKey(estimate.rhs(), estimate.lhs()), beta(estimate.standardized()));
				}
			}
		} else {
			results.composite().ifPresent(composite -> {
				for (RegressionResult regression : composite.regressions()) {
					for (Coefficient coefficient : regression.slopes()) {
						if (!Double.isNaN(coefficient.standardized())) {
							notes.put(DiagramAnnotations.pathKey(coefficient.term(), regression.outcome()), beta(coefficient.standardized()));
						}
					}
				}
			});
		}
		return new DiagramAnnotations(marks, notes);
	}

	/** A standardized estimate as papers print it: "β = .19", "β = −.30". */
	private static String beta(double value) {
		return "\u03B2 = " + String.format(Locale.ROOT, "%.2f", value).replace("0.", ".").replace("-", "\u2212");
	}

	private static String mark(Verdict verdict) {
		return switch (verdict) {
			case SUPPORTED -> "\u2713";
			case NOT_SUPPORTED -> "\u2717";
			case OPPOSITE_SIGN -> "\u2717 opposite";
			case NOT_ESTIMATED -> null;
		};
	}
}
