package org.framewright.stats.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * The nonparametric bootstrap of the cases: the cases drawn with replacement B times, every model refitted to each
 * resample, and the distribution of every model's quantities over the admissible draws; then a jackknife of the
 * cases for the BCa acceleration. One resampling drives every model, so the structural equation model and the
 * composite path model are refitted to the very same draws.
 * <p>
 * A draw is admissible when every model refits admissibly to it; a draw that one model cannot refit is left out of
 * every model's distributions, so that all intervals rest on the same draws (and the failed draw is counted once, by
 * the first model that failed, in the models' order). A jackknife sample is kept or dropped by the same rule.
 * <p>
 * Each draw has its own random stream, seeded by the draw's number from the bootstrap's seed, and each refit depends
 * only on its draw's weights, so the draws, and every interval, are bit-identical for any number of threads.
 */
public final class CaseBootstrap {

	/** Fewer than 10 admissible draws cannot even place a 90% interval's ends between two draws. */
	private static final int MIN_ADMISSIBLE = 10;

	private final List<ResampledModel> models;
	private final int[] offsets;
	private final List<BootstrapQuantity> quantities = new ArrayList<>();
	private final int n;
	private final String description;

	private CaseBootstrap(List<ResampledModel> models) {
		this.models = List.copyOf(models);
		this.offsets = new int[models.size()];
		for (int m = 0; m < models.size(); m++) {
			offsets[m] = quantities.size();
			quantities.addAll(models.get(m).quantities());
		}
		this.n = models.get(0).cases();
		for (ResampledModel model : models) {
			if (model.cases() != n) {
				throw new IllegalArgumentException("the models of one bootstrap must be fitted to the same cases: " + model.description()
						+ " has " + model.cases() + ", not " + n);
			}
		}
		this.description = String.join(" and ", models.stream().map(ResampledModel::description).toList());
	}

	/**
	 * Bootstraps models fitted to the same cases (at least one), with the draws, seed and threads of the options.
	 * Failed when the models cannot be refitted to the full sample, when the listener cancels, or when fewer than 10
	 * draws are admissible.
	 */
	public static Result<BootstrapResult> run(List<ResampledModel> models, BootstrapOptions options, ProgressListener listener) {
		if (models.isEmpty()) {
			throw new IllegalArgumentException("a bootstrap needs a model to refit");
		}
		List<Problem> problems = new ArrayList<>();
		models.forEach(model -> problems.addAll(model.notes()));
		return new CaseBootstrap(models).run(options, listener, problems);
	}

	private Result<BootstrapResult> run(BootstrapOptions options, ProgressListener listener, List<Problem> problems) {
		int q = quantities.size();
		double[] estimates = new double[q];
		int[] all = new int[n];
		Arrays.fill(all, 1);
		List<ResampledModel.Refit> first = refitters();
		for (int m = 0; m < models.size(); m++) {
			if (first.get(m).refit(all, estimates, offsets[m]) != RefitStatus.ADMISSIBLE) {
				problems.add(Problem.error(StatsIssueCodes.NOT_CONVERGED, "The bootstrap of " + models.get(m).description() + " could not start:"
						+ " the refit of the full sample did not converge to an admissible solution."));
				return Result.failed(problems);
			}
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
		RefitStatus[] status = new RefitStatus[draws];
		boolean finished = ParallelDraws.run(draws, options.threads(), () -> drawWorker(seeds, values, status), listener, 0, total);
		double[][] jackknife = new double[q][groups];
		finished = finished && ParallelDraws.run(groups, options.threads(), () -> jackknifeWorker(groups, jackknife), listener, draws, total);
		if (!finished) {
			problems.add(Problem.error(StatsIssueCodes.BOOTSTRAP_CANCELLED, "The bootstrap of " + description + " was cancelled."));
			return Result.failed(problems);
		}
		int[] byStatus = new int[RefitStatus.values().length];
		for (RefitStatus s : status) {
			byStatus[s.ordinal()]++;
		}
		int admissible = byStatus[RefitStatus.ADMISSIBLE.ordinal()];
		if (admissible < draws) {
			problems.add(failedDraws(draws, admissible, byStatus));
		}
		if (admissible < MIN_ADMISSIBLE) {
			problems.add(Problem.error(StatsIssueCodes.BOOTSTRAP_TOO_FEW_DRAWS, "Only " + Sentences.count(admissible, "draw", "draws") + " of the"
					+ " bootstrap of " + description + " gave an admissible solution; no interval can rest on so few."));
			return Result.failed(problems);
		}
		List<BootstrapDistribution> distributions = new ArrayList<>();
		for (int k = 0; k < q; k++) {
			double[] kept = new double[admissible];
			int at = 0;
			for (int d = 0; d < draws; d++) {
				if (status[d] == RefitStatus.ADMISSIBLE) {
					kept[at++] = values[k][d];
				}
			}
			distributions.add(new BootstrapDistribution(quantities.get(k), estimates[k], kept, Jackknife.acceleration(jackknife[k])));
		}
		BootstrapResult result = new BootstrapResult(draws, admissible, byStatus[RefitStatus.NOT_CONVERGED.ordinal()],
				byStatus[RefitStatus.IMPROPER.ordinal()], byStatus[RefitStatus.NOT_POSITIVE_DEFINITE.ordinal()], groups, options.seed(),
				distributions);
		return Result.of(result, problems);
	}

	private Problem failedDraws(int draws, int admissible, int[] byStatus) {
		List<String> reasons = new ArrayList<>();
		int notConverged = byStatus[RefitStatus.NOT_CONVERGED.ordinal()];
		int improper = byStatus[RefitStatus.IMPROPER.ordinal()];
		int singular = byStatus[RefitStatus.NOT_POSITIVE_DEFINITE.ordinal()];
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
				+ " bootstrap draws of " + description + " failed (" + Sentences.list(reasons) + ") and were left out of every interval.");
	}

	/** A worker's own refitter of every model. */
	private List<ResampledModel.Refit> refitters() {
		return models.stream().map(ResampledModel::refitter).toList();
	}

	private IntConsumer drawWorker(long[] seeds, double[][] values, RefitStatus[] status) {
		List<ResampledModel.Refit> refits = refitters();
		int[] weights = new int[n];
		double[] row = new double[quantities.size()];
		return draw -> {
			CaseWeights.resample(new SplittableRandom(seeds[draw]), weights);
			status[draw] = refit(refits, weights, row);
			for (int k = 0; k < row.length; k++) {
				values[k][draw] = row[k];
			}
		};
	}

	private IntConsumer jackknifeWorker(int groups, double[][] jackknife) {
		List<ResampledModel.Refit> refits = refitters();
		int[] weights = new int[n];
		double[] row = new double[quantities.size()];
		return group -> {
			Arrays.fill(weights, 1);
			Arrays.fill(weights, Jackknife.firstCase(group, groups, n), Jackknife.firstCase(group + 1, groups, n), 0);
			RefitStatus status = refit(refits, weights, row);
			for (int k = 0; k < row.length; k++) {
				jackknife[k][group] = status == RefitStatus.ADMISSIBLE ? row[k] : Double.NaN;
			}
		};
	}

	/**
	 * Refits every model to the weighted cases, in order, into {@code row}; the first failure's status if one fails
	 * (the later models are then not refitted, and their quantities are NaN).
	 */
	private RefitStatus refit(List<ResampledModel.Refit> refits, int[] weights, double[] row) {
		for (int m = 0; m < refits.size(); m++) {
			RefitStatus status = refits.get(m).refit(weights, row, offsets[m]);
			if (status != RefitStatus.ADMISSIBLE) {
				Arrays.fill(row, m + 1 < offsets.length ? offsets[m + 1] : row.length, row.length, Double.NaN);
				return status;
			}
		}
		return RefitStatus.ADMISSIBLE;
	}

	@Override
	public String toString() {
		return "bootstrap of " + description;
	}
}
