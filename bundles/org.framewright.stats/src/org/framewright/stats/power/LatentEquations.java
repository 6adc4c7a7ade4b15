package org.framewright.stats.power;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.structure.Path;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;

/**
 * The structural equations of the planned population, in standardized form: every construct has mean 0 and variance
 * 1; exogenous constructs are independent standard normal variables; each endogenous construct is the planned
 * combination of its predictors, plus for each planned interaction gamma (X W - E[X W]) (the moderator's own path
 * into the outcome is in the equation too, zero unless planned), plus for each planned square delta (X² - E[X²]),
 * plus a normal disturbance whose variance is what the rest leaves of 1. A higher-order construct's dimensions are
 * its outcomes, with the loading {@link PlannedLoadings#DIMENSION_LOADING}.
 * <p>
 * The disturbance variances and the centring constants are exact in the general recursive case: every construct is
 * kept as a {@link NormalPolynomial} in the independent shocks, so that the variance of a product or square is
 * computed from its factors' actual moments, also when a factor is itself downstream of an interaction and so not
 * normal (where var(X²) is not 2). The same polynomials give the constructs' covariance matrix, of which the linear
 * population's covariance matrix of the items is made.
 */
final class LatentEquations {

	/** An endogenous construct needs some unexplained variance: R² up to 0.99. */
	private static final double MINIMUM_DISTURBANCE = 0.01;

	/**
	 * One construct's equation, its predictors by their positions in the causal order: linear terms, then products
	 * (left[k] == right[k] for a square) with their coefficients and centring constants E[left right], then the
	 * standard deviation of its disturbance (1 for an exogenous construct).
	 */
	private record Equation(int[] causes, double[] coefficients, int[] left, int[] right, double[] products, double[] centres,
			double disturbance) {
	}

	private final List<Construct> order;
	private final Equation[] equations;
	private final double[][] covariance;

	private LatentEquations(List<Construct> order, Equation[] equations, double[][] covariance) {
		this.order = order;
		this.equations = equations;
		this.covariance = covariance;
	}

	static Result<LatentEquations> of(Framework framework, PlannedEffects effects) {
		Map<Construct, Map<Construct, Double>> causes = new LinkedHashMap<>();
		for (Map.Entry<Path, Double> entry : effects.coefficients().entrySet()) {
			causes.computeIfAbsent(entry.getKey().getEffect(), c -> new LinkedHashMap<>()).put(entry.getKey().getCause(), entry.getValue());
		}
		for (Construct construct : framework.getConstructs()) {
			for (Construct dimension : construct.getDimensions()) {
				causes.computeIfAbsent(dimension, c -> new LinkedHashMap<>()).put(construct, PlannedLoadings.DIMENSION_LOADING);
			}
		}
		Map<Construct, List<PlannedEffects.Nonlinear>> nonlinear = new LinkedHashMap<>();
		Map<Construct, Set<Construct>> needs = new HashMap<>();
		causes.forEach((effect, predictors) -> needs.computeIfAbsent(effect, c -> new LinkedHashSet<>()).addAll(predictors.keySet()));
		for (PlannedEffects.Nonlinear term : effects.nonlinear()) {
			nonlinear.computeIfAbsent(term.effect(), c -> new ArrayList<>()).add(term);
			if (term.left() != term.right()) {
				// The moderator's own effect on the outcome is in the equation, as in the analysis; zero unless planned.
				causes.computeIfAbsent(term.effect(), c -> new LinkedHashMap<>()).putIfAbsent(term.right(), 0.0);
			}
			needs.computeIfAbsent(term.effect(), c -> new LinkedHashSet<>()).addAll(List.of(term.left(), term.right()));
		}
		List<Construct> order = new ArrayList<>();
		if (!topological(framework.getConstructs(), needs, order)) {
			return Result.failed(Problem.error(StatsIssueCodes.CYCLIC_PATHS, "The hypothesised paths form a cycle, so the population of a power"
					+ " analysis cannot be simulated; a power analysis needs a recursive model."));
		}
		Map<Construct, Integer> at = new HashMap<>();
		order.forEach(c -> at.put(c, at.size()));
		int v = order.size();
		NormalPolynomial[] scores = new NormalPolynomial[v];
		Equation[] equations = new Equation[v];
		for (int i = 0; i < v; i++) {
			Construct c = order.get(i);
			Map<Construct, Double> predictors = causes.getOrDefault(c, Map.of());
			List<PlannedEffects.Nonlinear> terms = nonlinear.getOrDefault(c, List.of());
			NormalPolynomial systematic = NormalPolynomial.zero(v);
			int[] causeAt = new int[predictors.size()];
			double[] coefficients = new double[predictors.size()];
			int k = 0;
			for (Map.Entry<Construct, Double> predictor : predictors.entrySet()) {
				causeAt[k] = at.get(predictor.getKey());
				coefficients[k] = predictor.getValue();
				systematic = systematic.plus(scores[causeAt[k]], coefficients[k]);
				k++;
			}
			int[] left = new int[terms.size()];
			int[] right = new int[terms.size()];
			double[] products = new double[terms.size()];
			double[] centres = new double[terms.size()];
			for (int t = 0; t < terms.size(); t++) {
				left[t] = at.get(terms.get(t).left());
				right[t] = at.get(terms.get(t).right());
				products[t] = terms.get(t).coefficient();
				NormalPolynomial product = scores[left[t]].times(scores[right[t]]);
				centres[t] = product.expectation();
				systematic = systematic.plus(product.plus(-centres[t]), products[t]);
			}
			double explained = systematic.variance();
			if (1 - explained < MINIMUM_DISTURBANCE) {
				return Result.failed(Problem.error(StatsIssueCodes.IMPOSSIBLE_EFFECTS, "The planned effects on " + c.getName()
						+ String.format(" explain %.2f of its variance; standardized effects can explain less than all of it, so lower them.", explained)));
			}
			double disturbance = Math.sqrt(1 - explained);
			scores[i] = systematic.plus(NormalPolynomial.variable(v, i, disturbance), 1);
			equations[i] = new Equation(causeAt, coefficients, left, right, products, centres, disturbance);
		}
		double[][] covariance = new double[v][v];
		for (int i = 0; i < v; i++) {
			covariance[i][i] = 1;
			for (int j = 0; j < i; j++) {
				covariance[i][j] = covariance[j][i] = scores[i].covariance(scores[j]);
			}
		}
		return Result.ok(new LatentEquations(List.copyOf(order), equations, covariance));
	}

	/** The constructs in causal order (causes before their effects): the order of {@link #draw} and {@link #covariance}. */
	List<Construct> order() {
		return order;
	}

	/** The constructs' covariance (and correlation) matrix, in causal order. */
	double[][] covariance() {
		return covariance;
	}

	/** One case's construct scores, in causal order, into {@code scores}. */
	void draw(SplittableRandom random, double[] scores) {
		for (int i = 0; i < equations.length; i++) {
			Equation equation = equations[i];
			double value = equation.disturbance() * random.nextGaussian();
			for (int k = 0; k < equation.causes().length; k++) {
				value += equation.coefficients()[k] * scores[equation.causes()[k]];
			}
			for (int t = 0; t < equation.products().length; t++) {
				value += equation.products()[t] * (scores[equation.left()[t]] * scores[equation.right()[t]] - equation.centres()[t]);
			}
			scores[i] = value;
		}
	}

	/** Kahn's order of the constructs, causes before effects; false if the paths form a cycle. */
	private static boolean topological(List<Construct> constructs, Map<Construct, Set<Construct>> needs, List<Construct> order) {
		Set<Construct> placed = new LinkedHashSet<>();
		boolean progress = true;
		while (placed.size() < constructs.size() && progress) {
			progress = false;
			for (Construct c : constructs) {
				if (!placed.contains(c) && placed.containsAll(needs.getOrDefault(c, Set.of()))) {
					placed.add(c);
					order.add(c);
					progress = true;
				}
			}
		}
		return placed.size() == constructs.size();
	}
}
