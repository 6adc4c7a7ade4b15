package org.framewright.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.framewright.model.Construct;
import org.framewright.model.ExpectedLoading;
import org.framewright.model.ExpectedReliability;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.StudyPlan;

/**
 * The study plan's {@code reliability of <Construct> <r>}: a published alpha or composite reliability from which
 * power analysis derives the loadings of the construct's own items. So it must be a reliability, stated once, of a
 * construct that has items, and not beside loadings of those items, which would leave open which one sets them.
 */
public class PlannedReliabilityChecks extends FramewrightCheck {

	@Check
	public void checkReliabilityRange(ExpectedReliability stated) {
		if (stated.getReliability() <= 0 || stated.getReliability() >= 1) {
			error("A reliability (alpha or composite reliability) lies strictly between 0 and 1, e.g. 0.85.", stated,
					Literals.EXPECTED_RELIABILITY__RELIABILITY, IssueCodes.INVALID_PLAN);
		}
	}

	@Check
	public void checkOneReliabilityPerConstruct(StudyPlan plan) {
		Set<Construct> seen = new HashSet<>();
		for (ExpectedReliability stated : plan.getReliabilities()) {
			Construct construct = stated.getConstruct();
			if (resolved(construct) && !seen.add(construct)) {
				error("The plan already states a reliability for " + construct.getName() + "; state it once.", stated,
						Literals.EXPECTED_RELIABILITY__CONSTRUCT, IssueCodes.DUPLICATE_RELIABILITY, construct.getName());
			}
		}
	}

	/** A reliability sets the loadings of the construct's own items; a higher-order construct's are its dimensions'. */
	@Check
	public void checkReliabilityOfItems(ExpectedReliability stated) {
		Construct construct = stated.getConstruct();
		if (!resolved(construct) || !construct.getItems().isEmpty()) {
			return;
		}
		if (construct.isHigherOrder()) {
			String dimensions = construct.getDimensions().stream().map(Construct::getName).collect(Collectors.joining(", "));
			error("'" + construct.getName() + "' is measured by its dimensions " + dimensions
					+ ", not by items of its own; state the reliability of each dimension instead.", stated,
					Literals.EXPECTED_RELIABILITY__CONSTRUCT, IssueCodes.RELIABILITY_WITHOUT_ITEMS, construct.getName());
		} else {
			error("'" + construct.getName() + "' has no items, so it has no reliability to plan; give it items first.", stated,
					Literals.EXPECTED_RELIABILITY__CONSTRUCT, IssueCodes.RELIABILITY_WITHOUT_ITEMS, construct.getName());
		}
	}

	@Check
	public void checkReliabilityOrLoadings(ExpectedReliability stated) {
		Construct construct = stated.getConstruct();
		if (!resolved(construct) || !(stated.eContainer() instanceof StudyPlan plan)) {
			return;
		}
		List<String> items = plan.getLoadings().stream().map(ExpectedLoading::getItem)
				.filter(item -> item != null && !item.eIsProxy() && item.eContainer() == construct).map(item -> item.getName()).distinct().toList();
		if (!items.isEmpty()) {
			error("The plan states both the reliability of " + construct.getName() + " and the " + (items.size() == 1 ? "loading of " : "loadings of ")
					+ String.join(", ", items) + ", so which one wins is ambiguous; state one or the other.", stated,
					Literals.EXPECTED_RELIABILITY__CONSTRUCT, IssueCodes.RELIABILITY_AND_LOADINGS, construct.getName());
		}
	}

	private static boolean resolved(Construct construct) {
		return construct != null && !construct.eIsProxy();
	}
}
