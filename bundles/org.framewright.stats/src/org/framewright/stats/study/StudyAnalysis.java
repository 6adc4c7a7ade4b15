package org.framewright.stats.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.reliability.Htmt;
import org.framewright.stats.reliability.MeasurementReliability;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.stats.verdict.CompositeEstimates;
import org.framewright.stats.verdict.HypothesisJudge;

/**
 * The analysis of a study's data against its framework, from raw responses or from a published table: reliability
 * and validity where the data have the items, the path model, and a verdict on every hypothesis. A part the data
 * cannot give (alpha from a table of constructs) becomes a note, not a failure; the analysis fails only when the
 * path model cannot be estimated, with the reason.
 */
public final class StudyAnalysis {

	private StudyAnalysis() {
	}

	public static Result<StudyResults> of(Framework framework, ResponseData data) {
		List<Problem> notes = new ArrayList<>();
		Optional<ReliabilityReport> reliability = keep(MeasurementReliability.of(data, framework, Htmt.Mean.ARITHMETIC), notes);
		return finish(framework, data.source(), data.size(), data.rowsDropped(), reliability, CompositePathModel.estimate(data, framework), notes);
	}

	public static Result<StudyResults> of(Framework framework, SummaryData data) {
		List<Problem> notes = new ArrayList<>();
		Optional<ReliabilityReport> reliability = data.level() == SummaryData.Level.ITEM
				? keep(MeasurementReliability.of(data, framework, Htmt.Mean.ARITHMETIC), notes)
				: Optional.empty();
		return finish(framework, data.source(), data.n(), 0, reliability, CompositePathModel.estimate(data, framework), notes);
	}

	private static Result<StudyResults> finish(Framework framework, String source, int cases, int dropped, Optional<ReliabilityReport> reliability,
			Result<PathEstimates> composite, List<Problem> notes) {
		if (!composite.isOk()) {
			List<Problem> problems = new ArrayList<>(notes);
			problems.addAll(composite.problems());
			return Result.failed(problems);
		}
		notes.addAll(composite.problems());
		CompositeEstimates estimates = new CompositeEstimates(composite.get());
		return Result.ok(new StudyResults(source, cases, dropped, reliability, Optional.of(composite.get()), HypothesisJudge.judge(framework, estimates),
				estimates.method(), notes));
	}

	/** The value, with its warnings among the notes; an error becomes a warning, and the part is left out. */
	private static <T> Optional<T> keep(Result<T> result, List<Problem> notes) {
		for (Problem problem : result.problems()) {
			notes.add(problem.isError()
					? new Problem(Severity.WARNING, problem.code(), problem.file(), problem.row(), problem.column(), problem.message())
					: problem);
		}
		return result.value();
	}
}
