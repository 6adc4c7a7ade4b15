package org.framewright.stats.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.stats.sem.WarmStartFit;

/**
 * The nonparametric bootstrap of a framework's structural equation model: the cases drawn with replacement B times,
 * the model refitted by ML to each resample's covariance matrix from the full-sample estimates, and the
 * distribution of every path, standardized path, indirect and total effect over the admissible draws; then a
 * jackknife of the cases for the BCa acceleration.
 * <p>
 * Every refit starts from the full sample's estimates and the Hessian of F there, so it converges in a few steps.
 * Each draw has its own random stream, seeded by the draw's number from the bootstrap's seed, and every refit starts
 * from the same full-sample estimates (not from the previous draw's, which would make a draw depend on which draw a
 * thread did before), so the draws, and every interval, are bit-identical for any number of threads.
 */
public final class SemBootstrap {

	/** Fewer than 10 admissible draws cannot even place a 90% interval's ends between two draws. */
	private static final int MIN_ADMISSIBLE = 10;

	private final Framework framework;
	private final SemModel model;
	private final CaseWeights cases;
	private final double[] start;
	private final List<BootstrapQuantity> quantities;

	private SemBootstrap(Framework framework, SemEstimates full, ResponseData data, List<BootstrapQuantity> quantities) {
		this.framework = framework;
		this.model = full.model();
		List<String> observed = model.observed();
		double[][] columns = new double[observed.size()][];
		for (int j = 0; j < columns.length; j++) {
			columns[j] = data.column(observed.get(j));
		}
		this.cases = new CaseWeights(columns);
		this.start = full.freeEstimates().stream().mapToDouble(ParameterEstimate::estimate).toArray();
		this.quantities = quantities;
	}

	/** Specifies the framework's structural equation model, fits it to the data, and bootstraps it. */
	public static Result<BootstrapResult> run(Framework framework, ResponseData data, BootstrapOptions options, ProgressListener listener) {
		return SemSpecification.structural(framework).then(model -> SemEstimator.fit(model, data))
				.then(full -> run(framework, full, data, options, listener));
	}

	/** Bootstraps a model already fitted to the data (its estimates are every refit's start). */
	public static Result<BootstrapResult> run(Framework framework, SemEstimates full, ResponseData data, BootstrapOptions options,
			ProgressListener listener) {
		BootstrapQuantities quantities = BootstrapQuantities.of(framework, full.model());
		List<Problem> problems = new ArrayList<>(quantities.notes());
		return new SemBootstrap(framework, full, data, quantities.quantities()).run(options, listener, problems);
	}

	private Result<BootstrapResult> run(BootstrapOptions options, ProgressListener listener, List<Problem> problems) {
		int n = cases.cases();
		int q = quantities.size();
		double[] estimates = new double[q];
		int[] all = new int[n];
		Arrays.fill(all, 1);
		Workspace first = new Workspace();
		cases.covariance(all, first.covariance, first.mean);
		double[][] hessian = first.fit.hessian(first.covariance, start);
		first.fit.startFrom(hessian);
		if (refit(first, all, estimates) != WarmStartFit.Status.CONVERGED) {
			problems.add(Problem.error(StatsIssueCodes.NOT_CONVERGED, "The bootstrap of " + model.description() + " could not start: the"
					+ " refit of the full sample did not converge to an admissible solution."));
			return Result.failed(problems);
		}
		int draws = options.draws();
		int groups = Jackknife.groups(n);
		int total = draws + groups;
		long[] seeds = new long[draws];
		SplittableRandom root = new SplittableRandom(options.seed());
		for (int d = 0; d < draws; d++) {
			seeds[d] = root.nextLong();
		}
		double[][] values = new double[q][draws];
		WarmStartFit.Status[] status = new WarmStartFit.Status[draws];
		boolean finished = ParallelDraws.run(draws, options.threads(), () -> drawWorker(seeds, values, status, hessian), listener, 0, total);
		double[][] jackknife = new double[q][groups];
		finished = finished
				&& ParallelDraws.run(groups, options.threads(), () -> jackknifeWorker(groups, jackknife, hessian), listener, draws, total);
		if (!finished) {
			problems.add(Problem.error(StatsIssueCodes.BOOTSTRAP_CANCELLED, "The bootstrap of " + model.description() + " was cancelled."));
			return Result.failed(problems);
		}
		int[] byStatus = new int[WarmStartFit.Status.values().length];
		for (WarmStartFit.Status s : status) {
			byStatus[s.ordinal()]++;
		}
		int admissible = byStatus[WarmStartFit.Status.CONVERGED.ordinal()];
		if (admissible < draws) {
			problems.add(failedDraws(draws, admissible, byStatus));
		}
		if (admissible < MIN_ADMISSIBLE) {
			problems.add(Problem.error(StatsIssueCodes.BOOTSTRAP_TOO_FEW_DRAWS, "Only " + Sentences.count(admissible, "draw", "draws") + " of the"
					+ " bootstrap of " + model.description() + " gave an admissible solution; no interval can rest on so few."));
			return Result.failed(problems);
		}
		List<BootstrapDistribution> distributions = new ArrayList<>();
		for (int k = 0; k < q; k++) {
			double[] kept = new double[admissible];
			int at = 0;
			for (int d = 0; d < draws; d++) {
				if (status[d] == WarmStartFit.Status.CONVERGED) {
					kept[at++] = values[k][d];
				}
			}
			distributions.add(new BootstrapDistribution(quantities.get(k), estimates[k], kept, Jackknife.acceleration(jackknife[k])));
		}
		BootstrapResult result = new BootstrapResult(draws, admissible, byStatus[WarmStartFit.Status.NOT_CONVERGED.ordinal()],
				byStatus[WarmStartFit.Status.IMPROPER.ordinal()], byStatus[WarmStartFit.Status.NOT_POSITIVE_DEFINITE.ordinal()], groups,
				options.seed(), distributions);
		return Result.of(result, problems);
	}

	private Problem failedDraws(int draws, int admissible, int[] byStatus) {
		List<String> reasons = new ArrayList<>();
		int notConverged = byStatus[WarmStartFit.Status.NOT_CONVERGED.ordinal()];
		int improper = byStatus[WarmStartFit.Status.IMPROPER.ordinal()];
		int singular = byStatus[WarmStartFit.Status.NOT_POSITIVE_DEFINITE.ordinal()];
		if (notConverged > 0) {
			reasons.add(notConverged + " did not converge");
		}
		if (improper > 0) {
			reasons.add(improper + " had a negative variance");
		}
		if (singular > 0) {
			reasons.add(singular + " had a covariance matrix that is not positive definite");
		}
		return new Problem(Severity.WARNING, StatsIssueCodes.BOOTSTRAP_DRAWS_FAILED, null, 0, null, (draws - admissible) + " of the " + draws
				+ " bootstrap draws of " + model.description() + " failed (" + Sentences.list(reasons) + ") and were left out of every"
				+ " interval.");
	}

	/** A worker's own arrays: a refitter, the case weights and the resample's covariance matrix. */
	private final class Workspace {
		final WarmStartFit fit = new WarmStartFit(model, cases.cases());
		final int[] weights = new int[cases.cases()];
		final double[][] covariance = new double[model.observed().size()][model.observed().size()];
		final double[] mean = new double[model.observed().size()];
	}

	private IntConsumer drawWorker(long[] seeds, double[][] values, WarmStartFit.Status[] status, double[][] hessian) {
		Workspace workspace = new Workspace();
		workspace.fit.startFrom(hessian);
		double[] row = new double[quantities.size()];
		return draw -> {
			cases.resample(new SplittableRandom(seeds[draw]), workspace.weights);
			status[draw] = refit(workspace, workspace.weights, row);
			for (int k = 0; k < row.length; k++) {
				values[k][draw] = row[k];
			}
		};
	}

	private IntConsumer jackknifeWorker(int groups, double[][] jackknife, double[][] hessian) {
		Workspace workspace = new Workspace();
		workspace.fit.startFrom(hessian);
		double[] row = new double[quantities.size()];
		int n = cases.cases();
		return group -> {
			Arrays.fill(workspace.weights, 1);
			Arrays.fill(workspace.weights, Jackknife.firstCase(group, groups, n), Jackknife.firstCase(group + 1, groups, n), 0);
			WarmStartFit.Status status = refit(workspace, workspace.weights, row);
			for (int k = 0; k < row.length; k++) {
				jackknife[k][group] = status == WarmStartFit.Status.CONVERGED ? row[k] : Double.NaN;
			}
		};
	}

	/** Refits to the weighted cases and evaluates every quantity into {@code into} (NaN unless admissible). */
	private WarmStartFit.Status refit(Workspace workspace, int[] weights, double[] into) {
		cases.covariance(weights, workspace.covariance, workspace.mean);
		WarmStartFit.Status status = workspace.fit.fit(workspace.covariance, start);
		for (int k = 0; k < into.length; k++) {
			into[k] = status == WarmStartFit.Status.CONVERGED ? quantities.get(k).value().applyAsDouble(workspace.fit) : Double.NaN;
		}
		return status;
	}

	@Override
	public String toString() {
		return "bootstrap of " + model.description() + " (" + framework.getName() + ")";
	}
}
