package org.framewright.stats.power;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.ExpectedLoading;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.model.StudyPlan;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;

/**
 * The standardized loadings of the planned population's measurement model, the one source both the population's
 * covariance matrix and its simulated cases take them from: each item loads on its construct with the plan's loading
 * for it, else the plan's default, else {@value #DEFAULT_LOADING}; each dimension of a higher-order construct loads on
 * it with {@value #DIMENSION_LOADING}.
 */
final class PlannedLoadings {

	/** A loading commonly assumed in planning (Hair et al.: 0.708 makes half an item's variance the construct's). */
	static final double DEFAULT_LOADING = 0.7;

	/** The loading of a dimension on its higher-order construct (the plan gives none). */
	static final double DIMENSION_LOADING = 0.8;

	/** Each item's loading, by its name, in the framework's order. */
	private final Map<String, Double> loadings;
	private final Map<String, Construct> owners;

	private PlannedLoadings(Map<String, Double> loadings, Map<String, Construct> owners) {
		this.loadings = loadings;
		this.owners = owners;
	}

	/** The loadings of a framework's items; fails if the plan gives a loading outside (0, 1). */
	static Result<PlannedLoadings> of(Framework framework) {
		StudyPlan plan = framework.getPlan();
		double defaultLoading = plan != null && plan.isSetLoading() ? plan.getLoading() : DEFAULT_LOADING;
		Map<Item, Double> planned = new HashMap<>();
		if (plan != null) {
			for (ExpectedLoading loading : plan.getLoadings()) {
				if (loading.getItem() != null && !loading.getItem().eIsProxy()) {
					planned.put(loading.getItem(), loading.getLoading());
				}
			}
		}
		Map<String, Double> loadings = new LinkedHashMap<>();
		Map<String, Construct> owners = new HashMap<>();
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				if (item.getName() == null) {
					continue;
				}
				double loading = planned.getOrDefault(item, defaultLoading);
				if (loading <= 0 || loading >= 1) {
					return Result.failed(Problem.error(StatsIssueCodes.INVALID_LOADING, "The planned loading of " + item.getName() + " is " + loading
							+ "; a standardized loading lies between 0 and 1."));
				}
				loadings.put(item.getName(), loading);
				owners.put(item.getName(), construct);
			}
		}
		return Result.ok(new PlannedLoadings(loadings, owners));
	}

	/** The items, in the framework's order. */
	Iterable<String> items() {
		return loadings.keySet();
	}

	/** Whether the variable is an item (not a control). */
	boolean isItem(String name) {
		return loadings.containsKey(name);
	}

	double loading(String item) {
		return loadings.get(item);
	}

	/** The construct an item measures. */
	Construct owner(String item) {
		return owners.get(item);
	}
}
