package org.framewright.stats.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.framewright.model.Framework;
import org.framewright.model.StudyPlan;
import org.framewright.model.Tails;
import org.framewright.model.structure.StructuralModel;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemOptions;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.stats.sem.WarmStartFit;
import org.framewright.stats.verdict.HypothesisJudge;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.MergedVerdicts;
import org.framewright.stats.verdict.Verdict;

/**
 * Power by simulation (Muthén and Muthén 2002): at each sample size, samples drawn from the planned population are
 * analysed as the data will be (the structural equation model by maximum likelihood, each hypothesis judged by its
 * path or by its indirect effect's Monte Carlo interval, one-sided where directional), and a hypothesis's power is the
 * share of replications in which it is supported. Replications run in parallel, each from its own random stream
 * derived from the seed, the sample size and its number, so the powers do not depend on the threads; only counts
 * are kept, so memory does not grow with the replications.
 * <p>
 * A linear plan's samples are drawn as Wishart covariance matrices, which is exact for its normal data and far
 * cheaper than cases. A plan with an interaction or a square (a moderation, a moderated mediation, a curvilinear
 * effect) needs what no covariance matrix carries, so its samples are simulated case by case ({@link CaseSimulation})
 * and analysed as {@code StudyAnalysis} analyses data: the structural equation model refitted to the items'
 * covariances judges what it estimates, the path model on composite scores (item means, mean-centred products and
 * squares, OLS) judges the rest, merged by the same rule ({@link MergedVerdicts}).
 */
public final class PowerAnalysis {

	/** The power every hypothesis should reach (Cohen 1988). */
	public static final double TARGET = 0.80;

	/** The cases the population's own fit is told of: so many that its estimates are the population's to rounding. */
	private static final int POPULATION_N = 1_000_000;

	/**
	 * The population a framework's plan describes: the model fitted to its samples, the covariance matrix of the
	 * model's observed variables, its cases one by one, whether its samples must be simulated case by case (the plan
	 * states interactions or squares), and what the specification and the plan left out.
	 */
	public record Population(SemModel model, double[][] covariance, CaseSimulation cases, boolean caseByCase, List<Problem> notes) {

		public List<String> observed() {
			return model.observed();
		}
	}

	/** The planned population, as the power analysis draws from it. */
	public static Result<Population> population(Framework framework) {
		Result<SemModel> model = SemSpecification.structural(framework);
		if (!model.isOk()) {
			return Result.failed(model.problems());
		}
		PlannedEffects effects = new PlannedEffects(framework, StructuralModel.of(framework));
		Result<PopulationModel> planned = PopulationModel.of(framework, effects);
		if (!planned.isOk()) {
			return Result.failed(planned.problems());
		}
		List<Problem> notes = new ArrayList<>(model.problems());
		notes.addAll(effects.notes());
		notes.addAll(planned.get().loadings().notes());
		return Result.ok(new Population(model.get(), planned.get().covariance(model.get().observed()), new CaseSimulation(framework, planned.get()),
				effects.simulatesCases(), notes));
	}

	/** How the samples of a population are drawn and analysed, for the report. */
	private static String method(Population population, PowerSettings settings) {
		String bootstrap = settings.bootstrapDraws() == 0 ? ""
				: " The structural equation model's indirect effects were judged by a bootstrap of each sample's cases with " + settings.bootstrapDraws()
						+ " draws.";
		if (!population.caseByCase()) {
			return (settings.bootstrapDraws() == 0 ? "Each sample's covariance matrix was drawn from the Wishart distribution of the planned"
					+ " population (exact for normal data)" : "Each sample's cases were drawn from the planned population's normal distribution")
					+ " and analysed by the structural equation model (maximum likelihood)." + bootstrap;
		}
		return "The plan states interactions or squares, which no covariance matrix carries, so each sample was simulated case by case:"
				+ " construct scores with the planned paths, mean-centred products (gamma (X W - E[X W])) and squares (delta (X² - E[X²])) and"
				+ " a disturbance that keeps each construct's variance at 1, and items from their planned loadings. Each sample was analysed as"
				+ " the data will be: the structural equation model (maximum likelihood) judged what it estimates, and the path model on"
				+ " composite scores (item means, mean-centred products and squares, OLS) the interactions, squares and indices of moderated"
				+ " mediation." + bootstrap;
	}

	/** Runs the analysis; {@code progress} hears the replications done, across all sample sizes. */
	public static Result<PowerResults> run(Framework framework, PowerSettings settings, IntConsumer progress) {
		int[] reported = { 0 };
		return run(framework, settings, (done, total) -> {
			progress.accept(done - reported[0]);
			reported[0] = done;
		});
	}

	/**
	 * Runs the analysis; {@code listener} hears the replications done across all sample sizes (on this thread, a few
	 * times a second) and may cancel it, which fails the analysis with {@link StatsIssueCodes#POWER_CANCELLED}.
	 */
	public static Result<PowerResults> run(Framework framework, PowerSettings settings, ProgressListener listener) {
		StudyPlan plan = framework.getPlan();
		if (plan == null || plan.getEffects().isEmpty()) {
			return Result.failed(Problem.error(StatsIssueCodes.NO_PLAN, "A power analysis simulates the effects the study expects; state them in"
					+ " the framework's plan, e.g. plan { sample 300 effect H1 0.3 }."));
		}
		Result<Population> population = population(framework);
		if (!population.isOk()) {
			return Result.failed(population.problems());
		}
		SemModel model = population.get().model();
		// A directional hypothesis is a one-sided test at alpha; with a two-tailed plan, a two-sided one, which is
		// one-sided at alpha / 2 on the expected side.
		double alpha = plan.isSetAlpha() ? plan.getAlpha() : 0.05;
		double oneSided = plan.getTails() == Tails.TWO ? alpha / 2 : alpha;
		// The population itself, fitted once: its estimates are the planned parameters, where every refit starts.
		Result<SemEstimates> populationFit = SemEstimator.fit(model, new Moments(model.observed(), population.get().covariance(), null, POPULATION_N,
				false), SemOptions.DEFAULT);
		if (!populationFit.isOk()) {
			return Result.failed(populationFit.problems());
		}
		double[] start = populationFit.get().freeEstimates().stream().mapToDouble(e -> e.estimate()).toArray();
		HypothesisJudge.Prepared judge = HypothesisJudge.prepare(framework);
		List<String> hypotheses = framework.getHypotheses().stream().map(h -> h.getName()).toList();
		List<PowerResults.Row> rows = new ArrayList<>();
		Progress progress = new Progress(listener, settings.sampleSizes().size() * settings.replications());
		for (int n : settings.sampleSizes()) {
			double[][] hessian = new WarmStartFit(model, n).hessian(SampleAnalysis.scaled(population.get().covariance(), n), start);
			SampleAnalysis samples = new SampleAnalysis(framework, judge, population.get(), oneSided, settings.monteCarloDraws(), start, hessian, n);
			rows.add(at(n, samples, hypotheses, settings, progress));
			if (progress.stopped()) {
				return Result.failed(Problem.error(StatsIssueCodes.POWER_CANCELLED, "The power analysis of " + framework.getName() + " was cancelled."));
			}
		}
		int planned = plan.isSetSampleSize() ? plan.getSampleSize() : 0;
		return Result.ok(new PowerResults(hypotheses, rows, TARGET, planned, method(population.get(), settings), population.get().notes()));
	}

	/** The replications at one sample size, in parallel: how often each hypothesis was supported, and why samples failed. */
	private static PowerResults.Row at(int n, SampleAnalysis samples, List<String> hypotheses, PowerSettings settings, Progress progress) {
		AtomicIntegerArray supported = new AtomicIntegerArray(hypotheses.size());
		AtomicIntegerArray estimated = new AtomicIntegerArray(hypotheses.size());
		AtomicIntegerArray failed = new AtomicIntegerArray(1);
		Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();
		ForkJoinPool pool = new ForkJoinPool(settings.threads());
		try {
			ForkJoinTask<?> replications = pool.submit(() -> IntStream.range(0, settings.replications()).parallel().forEach(replication -> {
				if (progress.stopped()) {
					return;
				}
				SplittableRandom stream = new SplittableRandom(streamSeed(settings.seed(), n, replication));
				List<HypothesisVerdict> verdicts = samples.verdicts(n, settings.bootstrapDraws(), stream, failures);
				if (verdicts == null) {
					failed.incrementAndGet(0);
				} else {
					for (int h = 0; h < verdicts.size(); h++) {
						if (verdicts.get(h).verdict() != Verdict.NOT_ESTIMATED) {
							estimated.incrementAndGet(h);
						}
						if (verdicts.get(h).verdict() == Verdict.SUPPORTED) {
							supported.incrementAndGet(h);
						}
					}
				}
				progress.done.incrementAndGet();
			}));
			progress.await(replications);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the power analysis was interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
		}
		Map<String, Double> power = new LinkedHashMap<>();
		int usable = settings.replications() - failed.get(0);
		for (int h = 0; h < hypotheses.size(); h++) {
			if (estimated.get(h) > 0 && usable > 0) {
				power.put(hypotheses.get(h), supported.get(h) / (double) usable);
			}
		}
		Map<String, Integer> reasons = new LinkedHashMap<>();
		failures.forEach((reason, count) -> reasons.put(reason, count.intValue()));
		return new PowerResults.Row(n, power, settings.replications(), failed.get(0), reasons);
	}

	/**
	 * The replications done, counted by the workers and reported by the thread that started the analysis, which also
	 * asks the listener whether to stop; a stopped analysis skips the replications not yet begun.
	 */
	private static final class Progress {
		/** How often the starting thread reports: a few times a second, as {@link ProgressListener} promises. */
		private static final long REPORT_MILLIS = 100;

		final AtomicInteger done = new AtomicInteger();
		private final AtomicBoolean stop = new AtomicBoolean();
		private final ProgressListener listener;
		private final int total;

		Progress(ProgressListener listener, int total) {
			this.listener = listener;
			this.total = total;
		}

		boolean stopped() {
			return stop.get();
		}

		/** Waits for a sample size's replications, reporting while they run and once when they are done. */
		void await(ForkJoinTask<?> replications) throws InterruptedException, ExecutionException {
			while (true) {
				try {
					replications.get(REPORT_MILLIS, TimeUnit.MILLISECONDS);
					break;
				} catch (TimeoutException e) {
					report();
				}
			}
			report();
		}

		private void report() {
			listener.progress(done.get(), total);
			if (listener.cancelled()) {
				stop.set(true);
			}
		}
	}

	/** A seed of its own for every (seed, sample size, replication), mixed so that neighbouring ones are unrelated. */
	static long streamSeed(long seed, int n, int replication) {
		long z = seed ^ (0x9E3779B97F4A7C15L * (n + 1)) ^ (0xC2B2AE3D27D4EB4FL * (replication + 1L));
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
