package org.framewright.stats.power;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.ExpectedLoading;
import org.framewright.model.ExpectedReliability;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.model.StudyPlan;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * The standardized loadings of the planned population's measurement model, the one source both the population's
 * covariance matrix and its simulated cases take them from: each item loads on its construct with its own
 * {@code loading of}, else by its construct's {@code reliability of}, else with the plan's {@code loading}, else
 * {@value #DEFAULT_LOADING}; each dimension of a higher-order construct loads on it with {@value #DIMENSION_LOADING}.
 * <p>
 * Researchers seldom know loadings but often know a scale's published reliability, so a construct's reliability r
 * gives each of its k items the loading at which k equally loading (parallel) items have composite reliability
 * (omega) r: from omega = k l² / (1 + (k - 1) l²), l = sqrt(r / (k - (k - 1) r)). For parallel items Cronbach's alpha
 * equals omega, so a published alpha serves as well as a composite reliability. Each such loading is noted, so the
 * power report shows what was simulated.
 */
final class PlannedLoadings {

	/** A loading commonly assumed in planning (Hair et al.: 0.708 makes half an item's variance the construct's). */
	static final double DEFAULT_LOADING = 0.7;

	/** The loading of a dimension on its higher-order construct (the plan gives none). */
	static final double DIMENSION_LOADING = 0.8;

	/** Each item's loading, by its name, in the framework's order. */
	private final Map<String, Double> loadings = new LinkedHashMap<>();
	private final Map<String, Construct> owners = new HashMap<>();
	private final List<Problem> notes = new ArrayList<>();

	private PlannedLoadings() {
	}

	/** The loadings of a framework's items; fails if the plan gives a loading outside (0, 1) or a reliability outside it. */
	static Result<PlannedLoadings> of(Framework framework) {
		StudyPlan plan = framework.getPlan();
		double defaultLoading = plan != null && plan.isSetLoading() ? plan.getLoading() : DEFAULT_LOADING;
		Map<Item, Double> own = new HashMap<>();
		Map<Construct, Double> fromReliability = new HashMap<>();
		PlannedLoadings result = new PlannedLoadings();
		if (plan != null) {
			for (ExpectedLoading loading : plan.getLoadings()) {
				if (loading.getItem() != null && !loading.getItem().eIsProxy()) {
					own.put(loading.getItem(), loading.getLoading());
				}
			}
			for (ExpectedReliability stated : plan.getReliabilities()) {
				Construct construct = stated.getConstruct();
				if (construct == null || construct.eIsProxy() || construct.getItems().isEmpty() || fromReliability.containsKey(construct)) {
					continue; // nothing to set, or set already: the language reports a second reliability as an error
				}
				double reliability = stated.getReliability();
				if (!(reliability > 0 && reliability < 1)) {
					return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.INVALID_RELIABILITY, null, 0, construct.getName(),
							"The planned reliability of " + construct.getName() + " is " + reliability + "; a reliability lies strictly between 0 and 1."));
				}
				int items = construct.getItems().size();
				double loading = parallelLoading(reliability, items);
				fromReliability.put(construct, loading);
				result.notes.add(new Problem(Severity.INFO, StatsIssueCodes.LOADING_FROM_RELIABILITY, null, 0, construct.getName(),
						construct.getName() + ": reliability " + decimal(BigDecimal.valueOf(reliability)) + " of " + items
								+ (items == 1 ? " item, so its loading is " : " items, so each loading is ")
								+ decimal(BigDecimal.valueOf(loading).setScale(3, RoundingMode.HALF_UP)) + "."));
			}
		}
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				if (item.getName() == null) {
					continue;
				}
				double loading = own.getOrDefault(item, fromReliability.getOrDefault(construct, defaultLoading));
				if (!(loading > 0 && loading < 1)) {
					return Result.failed(Problem.error(StatsIssueCodes.INVALID_LOADING, "The planned loading of " + item.getName() + " is " + loading
							+ "; a standardized loading lies between 0 and 1."));
				}
				result.loadings.put(item.getName(), loading);
				result.owners.put(item.getName(), construct);
			}
		}
		return Result.ok(result);
	}

	/** The standardized loading at which {@code items} parallel items have composite reliability {@code reliability}. */
	static double parallelLoading(double reliability, int items) {
		return Math.sqrt(reliability / (items - (items - 1) * reliability));
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

	/** How stated reliabilities became loadings. */
	List<Problem> notes() {
		return notes;
	}

	/** A proportion as researchers write it: ".87", without the leading zero or trailing zeros. */
	private static String decimal(BigDecimal value) {
		String plain = value.stripTrailingZeros().toPlainString();
		return plain.startsWith("0.") ? plain.substring(1) : plain;
	}
}
