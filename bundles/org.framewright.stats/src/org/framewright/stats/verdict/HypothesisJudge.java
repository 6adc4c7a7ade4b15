package org.framewright.stats.verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationStage;
import org.framewright.model.Moderation;
import org.framewright.model.structure.ExpectedSign;
import org.framewright.model.structure.HypothesisSigns;
import org.framewright.model.structure.StructuralModel;
import org.framewright.stats.bootstrap.BootstrapDistribution;
import org.framewright.stats.bootstrap.Interval;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * Judges every hypothesis of a framework by the quantity that answers it: a direct effect by its path (a curvilinear
 * one by its square), a mediation by its indirect effect, never by a single coefficient, a moderation by its
 * interaction, and a moderated mediation by its index. A single coefficient is tested by its t (or z) statistic; a
 * product of coefficients by a Monte Carlo interval (MacKinnon, Lockwood and Williams 2004; Preacher and Selig
 * 2012), which needs only the estimates and their standard errors and so works from a published correlation table;
 * where the source bootstrapped the cases, an indirect effect or an index of moderated mediation by its bootstrap
 * draws instead (percentile interval, as PROCESS and lavaan report).
 */
public final class HypothesisJudge {

	/** Draws of the Monte Carlo intervals: enough that the ends of a 95% interval move by under 1% of its width between seeds. */
	public static final int MONTE_CARLO_DRAWS = 20_000;

	/** The seed of the Monte Carlo draws, fixed so that the same data give the same verdicts. */
	public static final long DEFAULT_SEED = 20240601L;

	/**
	 * How hypotheses are judged: the significance level (one-sided for a directional hypothesis), the Monte Carlo
	 * draws of an indirect effect's interval, their seed, and whether Monte Carlo intervals are wanted (a power
	 * analysis needs only the verdicts, and saves sorting the draws).
	 */
	public record Settings(double alpha, int monteCarloDraws, long seed, boolean intervals) {

		public static final Settings DEFAULT = new Settings(SignTest.ALPHA, MONTE_CARLO_DRAWS, DEFAULT_SEED, true);
	}

	/**
	 * What judging a framework's hypotheses needs of the framework alone (its structural model and expected signs),
	 * computed once, so that a simulation judging thousands of samples does not recompute it for each.
	 */
	public static final class Prepared {
		private final Framework framework;
		private final HypothesisSigns signs;

		private Prepared(Framework framework) {
			this.framework = framework;
			this.signs = new HypothesisSigns(StructuralModel.of(framework));
		}

		public List<HypothesisVerdict> judge(EstimateSource source, Settings settings) {
			HypothesisJudge judge = new HypothesisJudge(signs, source, settings);
			List<HypothesisVerdict> verdicts = new ArrayList<>();
			for (Hypothesis hypothesis : framework.getHypotheses()) {
				verdicts.add(judge.judge(hypothesis));
			}
			return verdicts;
		}
	}

	private final HypothesisSigns signs;
	private final EstimateSource source;
	/** Java's splittable generator: its normal variates (a modified ziggurat) are several times faster than Box-Muller's. */
	private final SplittableRandom random;
	private final Settings settings;

	private HypothesisJudge(HypothesisSigns signs, EstimateSource source, Settings settings) {
		this.signs = signs;
		this.source = source;
		this.settings = settings;
		this.random = new SplittableRandom(settings.seed());
	}

	public static Prepared prepare(Framework framework) {
		return new Prepared(framework);
	}

	public static List<HypothesisVerdict> judge(Framework framework, EstimateSource source) {
		return judge(framework, source, Settings.DEFAULT);
	}

	public static List<HypothesisVerdict> judge(Framework framework, EstimateSource source, Settings settings) {
		return prepare(framework).judge(source, settings);
	}

	private HypothesisVerdict judge(Hypothesis hypothesis) {
		ExpectedSign expected = signs.of(hypothesis);
		if (hypothesis instanceof DirectEffect direct && resolved(direct.getCause(), direct.getEffect())) {
			String cause = direct.getCause().getName();
			String effect = direct.getEffect().getName();
			return direct.isCurvilinear()
					? single(hypothesis, expected, "square of " + cause + " on " + effect, source.square(cause, effect))
					: single(hypothesis, expected, "path " + cause + " -> " + effect, source.path(cause, effect));
		}
		if (hypothesis instanceof Mediation mediation && resolved(mediation.getChain().toArray(Construct[]::new))) {
			List<Construct> chain = mediation.getChain();
			List<String> names = chain.stream().map(Construct::getName).toList();
			Optional<BootstrapDistribution> resampled = source.bootstrapIndirect(names);
			if (resampled.isPresent()) {
				return bootstrapped(hypothesis, expected, "indirect effect " + String.join(" -> ", names), resampled.get());
			}
			return product(hypothesis, expected, "indirect effect " + String.join(" -> ", chain.stream().map(Construct::getName).toList()),
					segments(chain, -1));
		}
		if (hypothesis instanceof Moderation moderation) {
			Construct cause = StructuralModel.moderatedCause(moderation);
			Construct effect = StructuralModel.moderatedEffect(moderation);
			Construct moderator = moderation.getModerator();
			if (resolved(cause, effect, moderator)) {
				Labelled interaction = new Labelled("interaction " + cause.getName() + " x " + moderator.getName() + " on " + effect.getName(),
						source.interaction(cause.getName(), moderator.getName(), effect.getName()));
				if (!moderation.isModeratedMediation()) {
					return single(hypothesis, expected, interaction.what(), interaction.estimate());
				}
				List<Construct> chain = moderation.getMediation().getChain();
				if (resolved(chain.toArray(Construct[]::new))) {
					String quantity = "index of moderated mediation of " + moderation.getMediation().getName();
					Optional<BootstrapDistribution> resampled = source.bootstrapIndex(moderation.getMediation().getName(), moderator.getName(),
							moderation.getStage());
					if (resampled.isPresent()) {
						return bootstrapped(hypothesis, expected, quantity, resampled.get());
					}
					List<Labelled> factors = segments(chain, moderation.getStage() == MediationStage.FIRST ? 0 : chain.size() - 2);
					factors.add(0, interaction);
					return product(hypothesis, expected, quantity, factors);
				}
			}
		}
		return HypothesisVerdict.notEstimated(hypothesis.getName(), hypothesis.getStatement(), "", expected, "the hypothesis refers to something undeclared", settings.alpha());
	}

	/** A quantity and the estimate of it, if there is one. */
	private record Labelled(String what, Optional<Estimate> estimate) {
	}

	private List<Labelled> segments(List<Construct> chain, int skip) {
		List<Labelled> segments = new ArrayList<>();
		for (int i = 0; i + 1 < chain.size(); i++) {
			if (i != skip) {
				String cause = chain.get(i).getName();
				String effect = chain.get(i + 1).getName();
				segments.add(new Labelled("path " + cause + " -> " + effect, source.path(cause, effect)));
			}
		}
		return segments;
	}

	/** A single coefficient: its t (or z) test and the interval at the level of the hypothesis. */
	private HypothesisVerdict single(Hypothesis hypothesis, ExpectedSign expected, String quantity, Optional<Estimate> estimate) {
		if (estimate.isEmpty() || !Double.isFinite(estimate.get().standardError()) || estimate.get().standardError() <= 0) {
			return HypothesisVerdict.notEstimated(hypothesis.getName(), hypothesis.getStatement(), quantity, expected,
					"the " + quantity + " is not estimated from these data", settings.alpha());
		}
		Estimate e = estimate.get();
		RealDistribution distribution = Double.isInfinite(e.degreesOfFreedom()) ? new NormalDistribution(0, 1) : new TDistribution(e.degreesOfFreedom());
		double statistic = e.value() / e.standardError();
		double below = distribution.cumulativeProbability(statistic);
		double above = 1 - below;
		double level = HypothesisVerdict.level(expected, settings.alpha());
		double half = distribution.inverseCumulativeProbability((1 + level) / 2) * e.standardError();
		String test = Double.isInfinite(e.degreesOfFreedom()) ? "z test" : "t test, " + (long) e.degreesOfFreedom() + " df";
		return new HypothesisVerdict(hypothesis.getName(), hypothesis.getStatement(), quantity, expected, e.value(), level, e.value() - half,
				e.value() + half, SignTest.p(expected, above, below), test, SignTest.verdict(expected, above, below, settings.alpha()), null);
	}

	/**
	 * A product of coefficients: the estimates drawn jointly from their normal sampling distribution (with the
	 * covariances the source gives), the product's percentile interval at the hypothesis's level, and as p the share
	 * of draws on the wrong side of zero.
	 */
	private HypothesisVerdict product(Hypothesis hypothesis, ExpectedSign expected, String quantity, List<Labelled> factors) {
		for (Labelled factor : factors) {
			if (factor.estimate().isEmpty() || !Double.isFinite(factor.estimate().get().standardError())) {
				return HypothesisVerdict.notEstimated(hypothesis.getName(), hypothesis.getStatement(), quantity, expected,
						"the " + factor.what() + " is not estimated from these data", settings.alpha());
			}
		}
		double estimate = 1;
		for (Labelled factor : factors) {
			estimate *= factor.estimate().get().value();
		}
		List<Estimate> estimates = factors.stream().map(factor -> factor.estimate().get()).toList();
		double[][] root = covarianceRoot(estimates);
		double[] draws = new double[settings.monteCarloDraws()];
		double[] normal = new double[estimates.size()];
		for (int d = 0; d < draws.length; d++) {
			for (int i = 0; i < normal.length; i++) {
				normal[i] = random.nextGaussian();
			}
			double value = 1;
			for (int i = 0; i < normal.length; i++) {
				double drawn = estimates.get(i).value();
				for (int j = 0; j <= i; j++) {
					drawn += root[i][j] * normal[j];
				}
				value *= drawn;
			}
			draws[d] = value;
		}
		int notPositive = 0;
		int notNegative = 0;
		for (double draw : draws) {
			notPositive += draw <= 0 ? 1 : 0;
			notNegative += draw >= 0 ? 1 : 0;
		}
		double above = notPositive / (double) draws.length;
		double below = notNegative / (double) draws.length;
		double level = HypothesisVerdict.level(expected, settings.alpha());
		if (settings.intervals()) {
			Arrays.sort(draws);
		}
		return new HypothesisVerdict(hypothesis.getName(), hypothesis.getStatement(), quantity, expected, estimate, level,
				settings.intervals() ? quantile(draws, (1 - level) / 2) : Double.NaN, settings.intervals() ? quantile(draws, (1 + level) / 2) : Double.NaN, SignTest.p(expected, above, below),
				"Monte Carlo, " + settings.monteCarloDraws() + " draws", SignTest.verdict(expected, above, below, settings.alpha()), null);
	}

	/**
	 * A quantity judged by its bootstrap draws: the percentile interval at the hypothesis's level, and as p the share
	 * of draws on the wrong side of zero, by the same rule as every other verdict.
	 */
	private HypothesisVerdict bootstrapped(Hypothesis hypothesis, ExpectedSign expected, String quantity, BootstrapDistribution draws) {
		double level = HypothesisVerdict.level(expected, settings.alpha());
		Interval interval = draws.percentile(level);
		double above = draws.shareAtOrBelow(0);
		double below = draws.shareAtOrAbove(0);
		return new HypothesisVerdict(hypothesis.getName(), hypothesis.getStatement(), quantity, expected, draws.estimate(), level, interval.lower(),
				interval.upper(), SignTest.p(expected, above, below), "bootstrap, " + draws.draws() + " draws (percentile)",
				SignTest.verdict(expected, above, below, settings.alpha()), null);
	}

	/**
	 * The lower Cholesky factor of the estimates' sampling covariance matrix, so that the draws keep the
	 * estimates' correlations (a structural equation model estimates all its paths jointly); the standard errors
	 * alone if the matrix is not positive definite.
	 */
	private double[][] covarianceRoot(List<Estimate> estimates) {
		int k = estimates.size();
		double[][] covariance = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				covariance[i][j] = i == j ? Math.pow(estimates.get(i).standardError(), 2) : source.covariance(estimates.get(i), estimates.get(j));
			}
		}
		try {
			return new CholeskyDecomposition(MatrixUtils.createRealMatrix(covariance)).getL().getData();
		} catch (MathRuntimeException e) {
			double[][] diagonal = new double[k][k];
			for (int i = 0; i < k; i++) {
				diagonal[i][i] = estimates.get(i).standardError();
			}
			return diagonal;
		}
	}

	/** The quantile of type 1 (the inverse of the draws' distribution function), as the generated scripts take it. */
	private static double quantile(double[] sorted, double probability) {
		int index = (int) Math.ceil(probability * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static boolean resolved(Construct... constructs) {
		for (Construct construct : constructs) {
			if (construct == null || construct.eIsProxy()) {
				return false;
			}
		}
		return constructs.length > 0;
	}
}
