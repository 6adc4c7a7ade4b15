package org.framewright.stats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.stats.regression.Coefficient;
import org.framewright.stats.regression.RegressionResult;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.study.StudyResults;
import org.framewright.stats.verdict.HypothesisVerdict;

/**
 * What a report's diagram adds to the framework's arrows: a mark after each hypothesis (✓ supported, ✗ not
 * supported, ✗ opposite), and each path's standardized estimate ("β = .19"), from the structural equation model
 * when there is one, else from the composite path model. Plain data, so that every shell draws it with the
 * diagram bundle alike.
 *
 * @param marks the mark of each hypothesis, by name
 * @param paths the note of each path
 */
public record DiagramNotes(Map<String, String> marks, List<PathNote> paths) {

	/** The note on the path from a cause to an effect. */
	public record PathNote(String cause, String effect, String note) {
	}

	public DiagramNotes {
		marks = Map.copyOf(marks);
		paths = List.copyOf(paths);
	}

	public static DiagramNotes of(StudyResults results) {
		Map<String, String> marks = new LinkedHashMap<>();
		for (HypothesisVerdict verdict : results.verdicts()) {
			switch (verdict.verdict()) {
				case SUPPORTED -> marks.put(verdict.hypothesis(), "\u2713");
				case NOT_SUPPORTED -> marks.put(verdict.hypothesis(), "\u2717");
				case OPPOSITE_SIGN -> marks.put(verdict.hypothesis(), "\u2717 opposite");
				case NOT_ESTIMATED -> {
					// no mark: nothing was decided
				}
			}
		}
		List<PathNote> paths = new ArrayList<>();
		if (results.sem().isPresent()) {
			for (ParameterEstimate estimate : results.sem().get().estimates()) {
				if (estimate.op().equals("~") && !Double.isNaN(estimate.standardized())) {
					paths.add(new PathNote(estimate.rhs(), estimate.lhs(), beta(estimate.standardized())));
				}
			}
		} else {
			results.composite().ifPresent(composite -> {
				for (RegressionResult regression : composite.regressions()) {
					for (Coefficient coefficient : regression.slopes()) {
						if (!Double.isNaN(coefficient.standardized())) {
							paths.add(new PathNote(coefficient.term(), regression.outcome(), beta(coefficient.standardized())));
						}
					}
				}
			});
		}
		return new DiagramNotes(marks, paths);
	}

	/** A standardized estimate as papers print it: "β = .19", "β = −.30". */
	static String beta(double value) {
		return "\u03B2 = " + String.format(Locale.ROOT, "%.2f", value).replace("0.", ".").replace("-", "\u2212");
	}
}
