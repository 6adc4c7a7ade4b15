package org.framewright.stats.study;

import java.util.List;
import java.util.Optional;

import org.framewright.stats.Problem;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.stats.sem.CfaValidity;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.verdict.HypothesisVerdict;

/**
 * Everything an analysis of a study's data found: what the data were, the reliability and validity of the
 * measures, the estimated models, and the verdict on each hypothesis.
 *
 * @param source             the data's file
 * @param cases              the cases analysed
 * @param rowsDropped        rows left out for missing answers (listwise deletion); 0 for a table
 * @param reliability        alpha, item statistics and HTMT, when the data have the items
 * @param validity           composite reliability, AVE and Fornell-Larcker from a CFA, when the data have the items
 * @param sem                the structural equation model by maximum likelihood, when the data have the items
 * @param bootstrap          the bootstrap of the cases, when one was asked for: of the structural equation model and
 *                           of the composite path model's moderations and curvilinear effects
 * @param composite          the path model on composite scores by OLS
 * @param verdicts           the verdict on every hypothesis: from the structural equation model where it estimates
 *                           the hypothesis's quantity, else from the composite path model
 * @param compositeVerdicts  the verdicts from the composite path model alone, as many papers would judge
 * @param method             how the estimates behind {@link #verdicts} were made
 * @param notes              warnings and notes about the data and the estimation, for the report
 */
public record StudyResults(String source, int cases, int rowsDropped, Optional<ReliabilityReport> reliability, Optional<CfaValidity> validity,
		Optional<SemEstimates> sem, Optional<BootstrapResult> bootstrap, Optional<PathEstimates> composite, List<HypothesisVerdict> verdicts,
		List<HypothesisVerdict> compositeVerdicts,
		String method, List<Problem> notes) {

	public StudyResults {
		verdicts = List.copyOf(verdicts);
		compositeVerdicts = List.copyOf(compositeVerdicts);
		notes = List.copyOf(notes);
	}
}
