package org.framewright.stats.power;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The standardized loading of every item in the population a power analysis simulates, from the study plan: an
 * item's own {@code loading of}, else its construct's {@code reliability of}, else the plan's {@code loading}, else
 * {@value #DEFAULT_LOADING}.
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

	private final Map<Item, Double> ownLoadings = new HashMap<>();
	private final Map<Construct, Double> reliabilityLoadings = new HashMap<>();
	private final double defaultLoading;
	private final List<Problem> notes = new ArrayList<>();

	private PlannedLoadings(double defaultLoading) {
		this.defaultLoading = defaultLoading;
	}

	/** The plan's loadings; fails on a reliability that is none (not strictly between 0 and 1). */
	static Result<PlannedLoadings> of(Framework framework) {
		StudyPlan plan = framework.getPlan();
		PlannedLoadings loadings = new PlannedLoadings(plan != null && plan.isSetLoading() ? plan.getLoading() : DEFAULT_LOADING);
		if (plan == null) {
			return Result.ok(loadings);
		}
		for (ExpectedLoading loading : plan.getLoadings()) {
			if (loading.getItem() != null && !loading.getItem().eIsProxy()) {
				loadings.ownLoadings.put(loading.getItem(), loading.getLoading());
			}
		}
		for (ExpectedReliability stated : plan.getReliabilities()) {
			Construct construct = stated.getConstruct();
			if (construct == null || construct.eIsProxy() || construct.getItems().isEmpty() || loadings.reliabilityLoadings.containsKey(construct)) {
				continue; // nothing to set, or set already: the language reports a second reliability as an error
			}
			double reliability = stated.getReliability();
			if (!(reliability > 0 && reliability < 1)) {
				return Result.failed(new Problem(Severity.ERROR, StatsIssueCodes.INVALID_RELIABILITY, null, 0, construct.getName(),
						"The planned reliability of " + construct.getName() + " is " + reliability + "; a reliability lies strictly between 0 and 1."));
			}
			int items = construct.getItems().size();
			double loading = parallelLoading(reliability, items);
			loadings.reliabilityLoadings.put(construct, loading);
			loadings.notes.add(new Problem(Severity.INFO, StatsIssueCodes.LOADING_FROM_RELIABILITY, null, 0, construct.getName(),
					construct.getName() + ": reliability " + decimal(BigDecimal.valueOf(reliability)) + " of " + items
							+ (items == 1 ? " item, so its loading is " : " items, so each loading is ")
							+ decimal(BigDecimal.valueOf(loading).setScale(3, RoundingMode.HALF_UP)) + "."));
		}
		return Result.ok(loadings);
	}

	/** The standardized loading at which {@code items} parallel items have composite reliability {@code reliability}. */
	static double parallelLoading(double reliability, int items) {
		return Math.sqrt(reliability / (items - (items - 1) * reliability));
	}

	/** The loading an item is simulated with. */
	double of(Item item) {
		Double own = ownLoadings.get(item);
		if (own != null) {
			return own;
		}
		Double fromReliability = item.eContainer() instanceof Construct construct ? reliabilityLoadings.get(construct) : null;
		return fromReliability != null ? fromReliability : defaultLoading;
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
