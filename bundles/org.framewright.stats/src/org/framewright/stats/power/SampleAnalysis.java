package org.framewright.stats.power;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
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
import org.framewright.stats.sem.WarmStartFit;
import org.framewright.stats.verdict.BootstrapEstimateSource;
import org.framewright.stats.verdict.CompositeEstimates;
import org.framewright.stats.verdict.EstimateSource;
import org.framewright.stats.verdict.HypothesisJudge;
import org.framewright.stats.verdict.HypothesisVerdict;
import org.framewright.stats.verdict.MergedVerdicts;
import org.framewright.stats.verdict.RefitEstimateSource;
import org.framewright.stats.verdict.SemEstimateSource;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * The analysis of one simulated sample at a sample size, as the data will be analysed: drawn as a Wishart covariance
 * matrix and refitted (a linear plan), or simulated case by case and analysed by the structural equation model and
 * the composite path model (a plan with interactions or squares), optionally with a bootstrap of its cases. Each
 * thread keeps its own refit, work arrays and reusable sample, so a replication allocates little.
 */
final class SampleAnalysis {

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
	/** Whether samples are simulated case by case (the plan has interactions or squares), else drawn as covariance matrices. */
	private final boolean caseByCase;
	/** One reusable sample of n cases per thread, for case-by-case simulation. */
	private final ThreadLocal<CaseSimulation.Sample> samples;
	private final CompositePathModel.Prepared compositeModel;
	/** Where each path is among the model's free parameters, and one covariance matrix of the estimates per thread. */
	private final RefitEstimateSource.Paths paths;
	private final ThreadLocal<double[][]> covariances;

	SampleAnalysis(Framework framework, HypothesisJudge.Prepared judge, PowerAnalysis.Population population, double alpha, int monteCarloDraws,
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
		this.caseByCase = population.caseByCase();
		this.samples = ThreadLocal.withInitial(() -> population.cases().new Sample(n));
		this.compositeModel = caseByCase ? CompositePathModel.prepare(framework) : null;
		this.paths = RefitEstimateSource.Paths.of(model);
		int q = model.freeParameters().size();
		this.covariances = ThreadLocal.withInitial(() -> new double[q][q]);
	}

	/**
	 * One replication: a sample of n cases drawn from its own random stream and analysed as the data will be; each
	 * hypothesis's verdict, or null, with the reason counted, if the sample could not be analysed.
	 */
	List<HypothesisVerdict> verdicts(int n, int bootstrapDraws, SplittableRandom random, Map<String, LongAdder> failures) {
		return caseByCase ? replicateCases(bootstrapDraws, random, failures)
				: bootstrapDraws > 0 ? replicateWithBootstrap(n, bootstrapDraws, random, failures) : replicate(n, random, failures);
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
	static double[][] scaled(double[][] covariance, int n) {
		double[][] s = new double[covariance.length][];
		for (int i = 0; i < s.length; i++) {
			s[i] = covariance[i].clone();
			for (int j = 0; j < s.length; j++) {
				s[i][j] *= (n - 1.0) / n;
			}
		}
		return s;
	}

}
