package org.framewright.stats.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ConcurrentSkipListMap;
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
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.BootstrapResult;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.bootstrap.SemBootstrap;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.regression.CompositePathModel;
import org.framewright.stats.regression.PathEstimates;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.SemOptions;
import org.framewright.stats.sem.SemSpecification;
import org.framewright.stats.sem.WarmStartFit;
import org.framewright.stats.verdict.BootstrapEstimateSource;
import org.framewright.stats.verdict.CompositeEstimates;
import org.framewright.stats.verdict.EstimateSource;
import org.framewright.stats.verdict.HypothesisJudge;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.MergedVerdicts;
import org.framewright.stats.verdict.RefitEstimateSource;
import org.framewright.stats.verdict.SemEstimateSource;
import org.framewright.stats.verdict.Verdict;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

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

	private final Framework framework;
	private final HypothesisJudge.Prepared judge;
	private final SemModel model;
	private final double[][] root;
	private final WishartSampler sampler;
	/** The population's estimates, where every refit starts. */
	private final double[] start;
	/** One refit per thread, each starting from the Hessian of F at the population's estimates, so a refit takes a few steps. */
	private final ThreadLocal<WarmStartFit> refits;
	private final HypothesisJudge.Settings judging;
	private final List<String> hypotheses;
	/** Whether samples are simulated case by case (the plan has interactions or squares), else drawn as covariance matrices. */
	private final boolean caseByCase;
	/** One reusable sample of n cases per thread, for case-by-case simulation. */
	private final ThreadLocal<CaseSimulation.Sample> samples;
	private final CompositePathModel.Prepared compositeModel;
	/** Where each path is among the model's free parameters, and one covariance matrix of the estimates per thread. */
	private final RefitEstimateSource.Paths paths;
	private final ThreadLocal<double[][]> covariances;

	private PowerAnalysis(Framework framework, HypothesisJudge.Prepared judge, Population population, double alpha, int monteCarloDraws,
			double[] start, double[][] startHessian, int n) {
		this.framework = framework;
		this.judge = judge;
		this.model = population.model();
		this.start = start;
		this.refits = ThreadLocal.withInitial(() -> {
			WarmStartFit refit = new WarmStartFit(model, n);
			refit.startFrom(startHessian);
			return refit;
		});
		this.root = new CholeskyDecomposition(MatrixUtils.createRealMatrix(population.covariance())).getL().getData();
		this.sampler = new WishartSampler(root);
		this.judging = new HypothesisJudge.Settings(alpha, monteCarloDraws, 0, false);
		this.hypotheses = framework.getHypotheses().stream().map(h -> h.getName()).toList();
		this.caseByCase = population.caseByCase();
		this.samples = ThreadLocal.withInitial(() -> population.cases().new Sample(n));
		this.compositeModel = caseByCase ? CompositePathModel.prepare(framework) : null;
		this.paths = RefitEstimateSource.Paths.of(model);
		int q = model.freeParameters().size();
		this.covariances = ThreadLocal.withInitial(() -> new double[q][q]);
	}

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
		List<PowerResults.Row> rows = new ArrayList<>();
		for (int n : settings.sampleSizes()) {
			double[][] hessian = new WarmStartFit(model, n).hessian(scaled(population.get().covariance(), n), start);
			PowerAnalysis analysis = new PowerAnalysis(framework, judge, population.get(), oneSided, settings.monteCarloDraws(), start, hessian, n);
			rows.add(analysis.at(n, settings, progress));
		}
		int planned = plan.isSetSampleSize() ? plan.getSampleSize() : 0;
		List<String> hypotheses = framework.getHypotheses().stream().map(h -> h.getName()).toList();
		return Result.ok(new PowerResults(hypotheses, rows, TARGET, planned, method(population.get(), settings), population.get().notes()));
	}

	private PowerResults.Row at(int n, PowerSettings settings, IntConsumer progress) {
		AtomicIntegerArray supported = new AtomicIntegerArray(hypotheses.size());
		AtomicIntegerArray estimated = new AtomicIntegerArray(hypotheses.size());
		AtomicIntegerArray failed = new AtomicIntegerArray(1);
		Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();
		ForkJoinPool pool = new ForkJoinPool(settings.threads());
		try {
			pool.submit(() -> IntStream.range(0, settings.replications()).parallel().forEach(replication -> {
				SplittableRandom stream = new SplittableRandom(streamSeed(settings.seed(), n, replication));
				List<HypothesisVerdict> verdicts = caseByCase ? replicateCases(settings.bootstrapDraws(), stream, failures)
						: settings.bootstrapDraws() > 0 ? replicateWithBootstrap(n, settings.bootstrapDraws(), stream, failures)
								: replicate(n, stream, failures);
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
				progress.accept(1);
			})).get();
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

	/** One sample of n cases analysed: each hypothesis's verdict, or null if the model could not be estimated. */
	private List<HypothesisVerdict> replicate(int n, SplittableRandom random, Map<String, LongAdder> failures) {
		EstimateSource refitted = refitted(mlCovariance(new Moments(model.observed(), sampler.sample(n, random), null, n, false)), n, failures);
		return refitted == null ? null : judge.judge(refitted, judging(random.nextLong()));
	}

	/**
	 * The structural equation model refitted to a sample's covariance matrix (divisor N) from the population's
	 * estimates, as the estimates and covariance a replication is judged by, read straight from the thread's refit
	 * (the full parameter table, standardized solution and R squared a report needs would cost as much again); null,
	 * with the reason counted, if the refit ends short of an admissible solution.
	 */
	private EstimateSource refitted(double[][] sample, int n, Map<String, LongAdder> failures) {
		WarmStartFit refit = refits.get();
		WarmStartFit.Status status = refit.fit(sample, start);
		if (status != WarmStartFit.Status.CONVERGED) {
			failures.computeIfAbsent(SemEstimator.failureCode(status), key -> new LongAdder()).increment();
			return null;
		}
		double[][] covariance = covariances.get();
		if (!refit.covarianceOfEstimates(n, covariance)) {
			failures.computeIfAbsent(StatsIssueCodes.NOT_IDENTIFIED, key -> new LongAdder()).increment();
			return null;
		}
		return new RefitEstimateSource(paths, refit, covariance);
	}

	/**
	 * One sample of n cases simulated one by one from a plan with interactions or squares, analysed as the data will
	 * be: the structural equation model refitted from the population's estimates (or, with bootstrap draws, fitted and
	 * its cases resampled, as `analyse --bootstrap` would), the composite path model estimated, and the verdicts merged
	 * as the analysis merges them. Null, with the reason counted, if either model cannot be estimated (a refit that
	 * ends improper or unconverged included, as for the samples drawn as covariance matrices).
	 */
	private List<HypothesisVerdict> replicateCases(int bootstrapDraws, SplittableRandom random, Map<String, LongAdder> failures) {
		ResponseData data = samples.get().redraw(random);
		EstimateSource sem = bootstrapDraws == 0 ? refitted(mlCovariance(data.moments(model.observed())), data.size(), failures)
				: bootstrapped(data, bootstrapDraws, random, failures);
		if (sem == null) {
			return null;
		}
		Result<PathEstimates> composite = compositeModel.estimate(data);
		if (!composite.isOk()) {
			failures.computeIfAbsent(composite.errors().isEmpty() ? "unknown" : composite.errors().get(0).code(), key -> new LongAdder()).increment();
			return null;
		}
		List<HypothesisVerdict> semVerdicts = judge.judge(sem, judging(random.nextLong()));
		List<HypothesisVerdict> compositeVerdicts = judge.judge(new CompositeEstimates(composite.get()), judging(random.nextLong()));
		return MergedVerdicts.of(Optional.of(semVerdicts), compositeVerdicts).verdicts();
	}

	/**
	 * The structural equation model fitted to a sample's cases and bootstrapped with the given draws (on this thread:
	 * the replications already use every core), as `analyse --bootstrap` would; null, with the reason counted, if
	 * either fails.
	 */
	private EstimateSource bootstrapped(ResponseData data, int draws, SplittableRandom random, Map<String, LongAdder> failures) {
		Result<SemEstimates> fit = SemEstimator.fit(model, data);
		if (!fit.isOk()) {
			failures.computeIfAbsent(fit.errors().isEmpty() ? "unknown" : fit.errors().get(0).code(), key -> new LongAdder()).increment();
			return null;
		}
		Result<BootstrapResult> bootstrap = SemBootstrap.run(framework, fit.get(), data, new BootstrapOptions(draws, random.nextLong(), 1),
				ProgressListener.NONE);
		if (!bootstrap.isOk()) {
			failures.computeIfAbsent(bootstrap.errors().isEmpty() ? "unknown" : bootstrap.errors().get(0).code(), key -> new LongAdder()).increment();
			return null;
		}
		return new BootstrapEstimateSource(new SemEstimateSource(fit.get()), bootstrap.get());
	}

	/** The judging settings of one replication, with its own seed for the Monte Carlo draws. */
	private HypothesisJudge.Settings judging(long seed) {
		return new HypothesisJudge.Settings(judging.alpha(), judging.monteCarloDraws(), seed, false);
	}

	/**
	 * One sample of n cases, simulated case by case (x = L z), analysed as `analyse --bootstrap` would: the model
	 * fitted, its cases resampled with the given draws (on this thread: the replications already use every core), and
	 * the mediations judged by their bootstrap draws.
	 */
	private List<HypothesisVerdict> replicateWithBootstrap(int n, int draws, SplittableRandom random, Map<String, LongAdder> failures) {
		int p = model.observed().size();
		double[][] columns = new double[p][n];
		double[] z = new double[p];
		for (int c = 0; c < n; c++) {
			for (int j = 0; j < p; j++) {
				z[j] = random.nextGaussian();
			}
			for (int i = 0; i < p; i++) {
				double sum = 0;
				for (int j = 0; j <= i; j++) {
					sum += root[i][j] * z[j];
				}
				columns[i][c] = sum;
			}
		}
		ResponseData data = ResponseData.simulated("simulated sample", model.observed(), columns);
		EstimateSource bootstrapped = bootstrapped(data, draws, random, failures);
		return bootstrapped == null ? null : judge.judge(bootstrapped, judging(random.nextLong()));
	}

	/** The sample covariance with divisor N, which the ML discrepancy takes, from one with divisor N - 1. */
	private static double[][] mlCovariance(Moments moments) {
		return scaled(moments.covariance(), moments.n());
	}

	/** The population covariance with divisor N, as a sample of n would give it at the population values. */
	private static double[][] scaled(double[][] covariance, int n) {
		double[][] s = new double[covariance.length][];
		for (int i = 0; i < s.length; i++) {
			s[i] = covariance[i].clone();
			for (int j = 0; j < s.length; j++) {
				s[i][j] *= (n - 1.0) / n;
			}
		}
		return s;
	}

	/** A seed of its own for every (seed, sample size, replication), mixed so that neighbouring ones are unrelated. */
	static long streamSeed(long seed, int n, int replication) {
		long z = seed ^ (0x9E3779B97F4A7C15L * (n + 1)) ^ (0xC2B2AE3D27D4EB4FL * (replication + 1L));
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
