package org.framewright.stats.study;

import java.util.List;
import java.util.Optional;

import org.framewright.stats.Problem;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.verdict.HypothesisVerdict;

/**
 * Everything an analysis of a study's data found: what the data were, the reliability and validity of the
 * measures, the estimated path model, and the verdict on each hypothesis.
 *
 * @param source      the data's file
 * @param cases       the cases analysed
 * @param rowsDropped rows left out for missing answers (listwise deletion); 0 for a table
 * @param reliability alpha, item statistics and HTMT, when the data have the items
 * @param composite   the path model on composite scores by OLS
 * @param verdicts    the verdict on every hypothesis, from {@link #method}
 * @param method      how the estimates behind the verdicts were made
 * @param notes       warnings and notes about the data and the estimation, for the report
 */
public record StudyResults(String source, int cases, int rowsDropped, Optional<ReliabilityReport> reliability, Optional<PathEstimates> composite,
		List<HypothesisVerdict> verdicts, String method, List<Problem> notes) {

	public StudyResults {
		verdicts = List.copyOf(verdicts);
		notes = List.copyOf(notes);
	}
}
