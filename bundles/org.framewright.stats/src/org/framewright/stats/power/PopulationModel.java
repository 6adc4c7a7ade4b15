package org.framewright.stats.power;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.model.structure.Path;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.sem.SemModel;

/**
 * The population a power analysis draws samples from, in standardized form: every construct with variance 1,
 * exogenous constructs uncorrelated, each endogenous construct the planned combination of its predictors plus a
 * disturbance of variance 1 - R²; a higher-order construct's dimensions load on it; each item loads on its construct
 * with its planned loading ({@link PlannedLoadings}) and has unit variance;
 * controls are independent standard normal variables without effects. Gives the population covariance matrix of the
 * model's observed variables.
 */
final class PopulationModel {

	/** The loading of a dimension on its higher-order construct when the plan gives none. */
	static final double DEFAULT_DIMENSION_LOADING = 0.8;

	/** An endogenous construct needs some unexplained variance: R² up to 0.99. */
	private static final double MINIMUM_DISTURBANCE = 0.01;

	private PopulationModel() {
	}

	/** The population covariance of the model's observed variables, in the model's order. */
	static Result<double[][]> covariance(Framework framework, SemModel model, PlannedEffects effects, PlannedLoadings loadings) {
		Map<Construct, Map<Construct, Double>> causes = new LinkedHashMap<>();
		for (Map.Entry<Path, Double> entry : effects.coefficients().entrySet()) {
			causes.computeIfAbsent(entry.getKey().getEffect(), c -> new LinkedHashMap<>()).put(entry.getKey().getCause(), entry.getValue());
		}
		for (Construct construct : framework.getConstructs()) {
			for (Construct dimension : construct.getDimensions()) {
				causes.computeIfAbsent(dimension, c -> new LinkedHashMap<>()).put(construct, DEFAULT_DIMENSION_LOADING);
			}
		}
		List<Construct> order = new ArrayList<>();
		if (!topological(framework.getConstructs(), causes, order)) {
			return Result.failed(Problem.error(StatsIssueCodes.CYCLIC_PATHS, "The hypothesised paths form a cycle, so the population of a power"
					+ " analysis cannot be simulated; a power analysis needs a recursive model."));
		}
		Map<Construct, Integer> at = new HashMap<>();
		order.forEach(c -> at.put(c, at.size()));
		double[][] phi = new double[order.size()][order.size()];
		for (Construct c : order) {
			int i = at.get(c);
			Map<Construct, Double> predictors = causes.getOrDefault(c, Map.of());
			double explained = 0;
			for (Map.Entry<Construct, Double> a : predictors.entrySet()) {
				for (Map.Entry<Construct, Double> b : predictors.entrySet()) {
					explained += a.getValue() * b.getValue() * phi[at.get(a.getKey())][at.get(b.getKey())];
				}
			}
			if (1 - explained < MINIMUM_DISTURBANCE) {
				return Result.failed(Problem.error(StatsIssueCodes.IMPOSSIBLE_EFFECTS, "The planned effects on " + c.getName()
						+ String.format(" explain %.2f of its variance; standardized effects can explain less than all of it, so lower them.", explained)));
			}
			for (Construct other : order.subList(0, order.indexOf(c))) {
				double covariance = 0;
				for (Map.Entry<Construct, Double> a : predictors.entrySet()) {
					covariance += a.getValue() * phi[at.get(a.getKey())][at.get(other)];
				}
				phi[i][at.get(other)] = covariance;
				phi[at.get(other)][i] = covariance;
			}
			phi[i][i] = 1;
		}
		Map<String, Construct> ownerOf = new HashMap<>();
		Map<String, Double> loadingOf = new HashMap<>();
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				ownerOf.put(item.getName(), construct);
				loadingOf.put(item.getName(), loadings.of(item));
			}
		}
		List<String> observed = model.observed();
		for (String name : observed) {
			Double loading = loadingOf.get(name);
			if (loading != null && !(loading > 0 && loading < 1)) {
				return Result.failed(Problem.error(StatsIssueCodes.INVALID_LOADING, "The planned loading of " + name + " is " + loading
						+ "; a standardized loading lies between 0 and 1."));
			}
		}
		double[][] sigma = new double[observed.size()][observed.size()];
		for (int i = 0; i < observed.size(); i++) {
			for (int j = 0; j < observed.size(); j++) {
				Construct a = ownerOf.get(observed.get(i));
				Construct b = ownerOf.get(observed.get(j));
				if (i == j) {
					sigma[i][j] = 1;
				} else if (a != null && b != null && at.containsKey(a) && at.containsKey(b)) {
					sigma[i][j] = loadingOf.get(observed.get(i)) * loadingOf.get(observed.get(j)) * phi[at.get(a)][at.get(b)];
				}
			}
		}
		return Result.ok(sigma);
	}

	/** Kahn's order of the constructs, causes before effects; false if the paths form a cycle. */
	private static boolean topological(List<Construct> constructs, Map<Construct, Map<Construct, Double>> causes, List<Construct> order) {
		Set<Construct> placed = new LinkedHashSet<>();
		boolean progress = true;
		while (placed.size() < constructs.size() && progress) {
			progress = false;
			for (Construct c : constructs) {
				if (!placed.contains(c) && placed.containsAll(causes.getOrDefault(c, Map.of()).keySet())) {
					placed.add(c);
					order.add(c);
					progress = true;
				}
			}
		}
		return placed.size() == constructs.size();
	}
}
