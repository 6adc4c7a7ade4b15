package org.framewright.stats.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.CaseBootstrap;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.ResampledModel;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.reliability.Htmt;
import org.framewright.stats.reliability.MeasurementReliability;
import org.framewright.stats.reliability.ReliabilityReport;
import org.framewright.stats.sem.CfaValidity;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.stats.verdict.BootstrapEstimateSource;
import org.framewright.stats.verdict.CompositeEstimates;
import org.framewright.stats.verdict.EstimateSource;
import org.framewright.stats.verdict.HypothesisJudge;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.MergedVerdicts;
import org.framewright.stats.verdict.SemEstimateSource;

/**
 * The analysis of a study's data against its framework, from raw responses or from a published table. Where the
 * data have the items: reliability and validity, a CFA for composite reliability, AVE and Fornell-Larcker, and the
 * structural equation model by maximum likelihood, whose estimates judge the hypotheses. Always: the path model
 * on composite scores by OLS, which judges what the structural equation model does not estimate (interactions and
 * squares) or every hypothesis when only a table of constructs is given. A part the data cannot give becomes a
 * note, not a failure; the analysis fails only when the composite path model cannot be estimated, with the reason.
 */
public final class StudyAnalysis {

	private StudyAnalysis() {
	}

	public static Result<StudyResults> of(Framework framework, ResponseData data) {
		return of(framework, data, null, ProgressListener.NONE);
	}

	/**
	 * The analysis with a bootstrap of the cases, {@code bootstrap} null for none: one resampling refits both the
	 * structural equation model, whose draws then judge the mediations, and the composite path model (when the
	 * framework has moderations or curvilinear effects), whose draws judge the moderated mediations by their index and
	 * give intervals for the interactions, simple slopes, conditional indirect effects and squares. A cancelled
	 * bootstrap fails the analysis.
	 */
	public static Result<StudyResults> of(Framework framework, ResponseData data, BootstrapOptions bootstrap, ProgressListener listener) {
		List<Problem> notes = new ArrayList<>();
		Optional<ReliabilityReport> reliability = keep(MeasurementReliability.of(data, framework, Htmt.Mean.ARITHMETIC), notes);
		Optional<CfaValidity> validity = keep(fit(SemSpecification.measurement(framework), model -> SemEstimator.fit(model, data))
				.then(CfaValidity::of), notes);
		Optional<SemEstimates> sem = keep(fit(SemSpecification.structural(framework), model -> SemEstimator.fit(model, data)), notes);
		Optional<BootstrapResult> resampled = Optional.empty();
		List<ResampledModel> models = new ArrayList<>();
		if (bootstrap != null) {
			sem.ifPresent(full -> models.add(ResampledModel.structural(framework, full, data)));
			// The design's own problems are the composite path model's, reported once with its estimation below.
			ResampledModel.composite(framework, data).value().filter(ResampledModel::givesIntervals).ifPresent(models::add);
		}
		if (!models.isEmpty()) {
			Result<BootstrapResult> run = CaseBootstrap.run(models, bootstrap, listener);
			if (run.errors().stream().anyMatch(problem -> problem.code().equals(StatsIssueCodes.BOOTSTRAP_CANCELLED))) {
				return Result.failed(run.problems());
			}
			resampled = keep(run, notes);
		}
		return finish(framework, data.source(), data.size(), data.rowsDropped(), reliability, validity, sem, resampled,
				CompositePathModel.estimate(data, framework), notes);
	}

	/**
	 * Raw responses read from their CSV file and analysed, with a bootstrap unless {@code bootstrap} is null; the
	 * file's problems if it cannot be read.
	 */
	public static Result<StudyResults> ofResponses(Framework framework, Path csv, BootstrapOptions bootstrap, ProgressListener listener) {
		Result<ResponseData> data = ResponseData.read(csv, framework);
		return data.isOk() ? withWarnings(of(framework, data.get(), bootstrap, listener), data.problems()) : Result.failed(data.problems());
	}

	/**
	 * A correlation or covariance table read from its file and analysed: a table whose variables are all constructs
	 * of the framework is of composite scores, any other of items.
	 */
	public static Result<StudyResults> ofTable(Framework framework, Path table, int cases) {
		Result<SummaryData> asItems = SummaryData.read(table, cases, SummaryData.Level.ITEM);
		if (!asItems.isOk()) {
			return Result.failed(asItems.problems());
		}
		Set<String> constructs = new HashSet<>(framework.getConstructs().stream().map(Construct::getName).toList());
		if (!constructs.containsAll(asItems.get().names())) {
			return withWarnings(of(framework, asItems.get()), asItems.problems());
		}
		Result<SummaryData> asConstructs = SummaryData.read(table, cases, SummaryData.Level.CONSTRUCT);
		return asConstructs.isOk() ? withWarnings(of(framework, asConstructs.get()), asConstructs.problems()) : Result.failed(asConstructs.problems());
	}

	/** A result with the data's own warnings before the analysis's problems. */
	private static Result<StudyResults> withWarnings(Result<StudyResults> results, List<Problem> warnings) {
		if (warnings.isEmpty()) {
			return results;
		}
		List<Problem> all = new ArrayList<>(warnings);
		all.addAll(results.problems());
		return results.isOk() ? Result.of(results.get(), all) : Result.failed(all);
	}

	public static Result<StudyResults> of(Framework framework, SummaryData data) {
		List<Problem> notes = new ArrayList<>();
		Optional<ReliabilityReport> reliability = Optional.empty();
		Optional<CfaValidity> validity = Optional.empty();
		Optional<SemEstimates> sem = Optional.empty();
		if (data.level() == SummaryData.Level.ITEM) {
			reliability = keep(MeasurementReliability.of(data, framework, Htmt.Mean.ARITHMETIC), notes);
			validity = keep(fit(SemSpecification.measurement(framework), model -> SemEstimator.fit(model, data)).then(CfaValidity::of), notes);
			sem = keep(fit(SemSpecification.structural(framework), model -> SemEstimator.fit(model, data)), notes);
		}
		return finish(framework, data.source(), data.n(), 0, reliability, validity, sem, Optional.empty(), CompositePathModel.estimate(data, framework), notes);
	}

	/** A model specified and estimated, with the specification's notes kept beside the estimation's. */
	private static Result<SemEstimates> fit(Result<SemModel> model, Function<SemModel, Result<SemEstimates>> estimate) {
		if (!model.isOk()) {
			return Result.failed(model.problems());
		}
		Result<SemEstimates> estimated = estimate.apply(model.get());
		List<Problem> problems = new ArrayList<>(model.problems());
		problems.addAll(estimated.problems());
		return estimated.isOk() ? Result.of(estimated.get(), problems) : Result.failed(problems);
	}

	private static Result<StudyResults> finish(Framework framework, String source, int cases, int dropped, Optional<ReliabilityReport> reliability,
			Optional<CfaValidity> validity, Optional<SemEstimates> sem, Optional<BootstrapResult> bootstrap, Result<PathEstimates> composite,
			List<Problem> notes) {
		if (!composite.isOk()) {
			List<Problem> problems = new ArrayList<>(notes);
			problems.addAll(composite.problems());
			return Result.failed(problems);
		}
		notes.addAll(composite.problems());
		CompositeEstimates compositeSource = new CompositeEstimates(composite.get(), bootstrap);
		List<HypothesisVerdict> compositeVerdicts = HypothesisJudge.judge(framework, compositeSource);
		Optional<EstimateSource> semSource = sem.map(estimates -> bootstrap
				.<EstimateSource> map(b -> new BootstrapEstimateSource(new SemEstimateSource(estimates), b))
				.orElseGet(() -> new SemEstimateSource(estimates)));
		MergedVerdicts verdicts = MergedVerdicts.of(semSource.map(judged -> HypothesisJudge.judge(framework, judged)), compositeVerdicts);
		String method = verdicts.method(semSource.map(EstimateSource::method).orElse(null), compositeSource.method());
		return Result.ok(new StudyResults(source, cases, dropped, reliability, validity, sem, bootstrap, Optional.of(composite.get()), verdicts.verdicts(),
				compositeVerdicts, method, notes));
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
