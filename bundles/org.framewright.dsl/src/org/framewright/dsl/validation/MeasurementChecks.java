package org.framewright.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.framewright.model.CategoricalScale;
import org.framewright.model.Choice;
import org.framewright.model.Construct;
import org.framewright.model.ConstructKind;
import org.framewright.model.Framework;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.Group;
import org.framewright.model.Item;
import org.framewright.model.LikertScale;
import org.framewright.model.NumericScale;
import org.framewright.model.Scale;
import org.framewright.model.Translation;

/**
 * How constructs are measured: enough items, sound higher-order constructs, consistent scales, valid scales.
 */
public class MeasurementChecks extends FramewrightCheck {

	static final int MIN_REFLECTIVE_ITEMS = 3;
	static final int MIN_LIKERT_POINTS = 2;
	static final int MAX_LIKERT_POINTS = 11;

	@Check
	public void checkItemCount(Construct construct) {
		int items = construct.getItems().size();
		if (construct.isHigherOrder()) {
			if (construct.getDimensions().size() < 2) {
				warning("The higher-order construct '" + construct.getName() + "' has one dimension; a higher-order construct needs at least 2.",
						construct, Literals.CONSTRUCT__DIMENSIONS, IssueCodes.TOO_FEW_DIMENSIONS, construct.getName());
			}
			return;
		}
		if (items == 0) {
			if (someConstructHasItems(construct)) {
				info("'" + construct.getName() + "' has no items yet; the questionnaire and the analysis will leave it out.",
						construct, Literals.CONSTRUCT__NAME, IssueCodes.NO_ITEMS, construct.getName());
			}
		} else if (construct.getKind() == ConstructKind.FORMATIVE) {
			if (items == 1) {
				warning("The formative construct '" + construct.getName() + "' has a single item; it is then just that observed variable. Add the indicators that form it.",
						construct, Literals.CONSTRUCT__NAME, IssueCodes.FORMATIVE_SINGLE_ITEM, construct.getName());
			}
		} else if (items == 1) {
			info("'" + construct.getName() + "' is a single-item measure: its reliability cannot be estimated and its measurement error must be fixed by assumption.",
					construct, Literals.CONSTRUCT__NAME, IssueCodes.SINGLE_ITEM_MEASURE, construct.getName());
		} else if (items < MIN_REFLECTIVE_ITEMS) {
			warning("The reflective construct '" + construct.getName() + "' has only " + items + " items; it needs at least "
					+ MIN_REFLECTIVE_ITEMS + " to be identified on its own and to estimate its reliability well.",
					construct, Literals.CONSTRUCT__NAME, IssueCodes.TOO_FEW_ITEMS, construct.getName(), Integer.toString(items));
		}
	}

	@Check
	public void checkDimensionsAreOtherConstructs(Construct construct) {
		int index = construct.getDimensions().indexOf(construct);
		if (index >= 0) {
			error("'" + construct.getName() + "' cannot be a dimension of itself.", construct, Literals.CONSTRUCT__DIMENSIONS,
					index, IssueCodes.CONSTRUCT_REPEATED, construct.getName());
		}
	}

	@Check
	public void checkItemScale(Item item) {
		if (!(item.eContainer() instanceof Construct construct)) {
			return;
		}
		Scale expected = construct.getScale() != null ? construct.getScale() : mostCommonOwnScale(construct);
		if (item.getEffectiveScale() == null && construct.getItems().stream().anyMatch(i -> i.getScale() != null)) {
			warning("Item '" + item.getName() + "' has no scale: give it one, or give its construct '" + construct.getName() + "' a scale.",
					item, Literals.ITEM__NAME, IssueCodes.ITEM_WITHOUT_SCALE, item.getName());
		} else if (item.getScale() != null && expected != null && item.getScale() != expected
				&& (item.getScaleReason() == null || item.getScaleReason().isBlank())) {
			warning("Item '" + item.getName() + "' uses the scale '" + item.getScale().getName() + "' while the other items of '"
					+ construct.getName() + "' use '" + expected.getName() + "'; say why with because \"...\", or use the same scale.",
					item, Literals.ITEM__SCALE, IssueCodes.ITEM_SCALE_DIFFERS, item.getName(), expected.getName());
		}
	}

	@Check
	public void checkConstructHasAScale(Construct construct) {
		if (construct.getScale() == null && !construct.getItems().isEmpty()
				&& construct.getItems().stream().allMatch(i -> i.getScale() == null)) {
			warning("'" + construct.getName() + "' and its items have no scale, so respondents would have nothing to answer on; give it one with scale <Name>.",
					construct, Literals.CONSTRUCT__NAME, IssueCodes.ITEM_WITHOUT_SCALE, construct.getName());
		}
	}

	@Check
	public void checkTranslationsAreUnique(Item item) {
		Set<String> languages = new HashSet<>();
		for (Translation translation : item.getTranslations()) {
			if (translation.getLanguage() != null && !languages.add(translation.getLanguage())) {
				warning("Item '" + item.getName() + "' has two translations into '" + translation.getLanguage() + "'.",
						translation, Literals.TRANSLATION__LANGUAGE, IssueCodes.DUPLICATE_TRANSLATION, translation.getLanguage());
			}
		}
	}

	@Check
	public void checkLikertScale(LikertScale scale) {
		if (scale.getPoints() < MIN_LIKERT_POINTS || scale.getPoints() > MAX_LIKERT_POINTS) {
			error("A Likert scale has " + MIN_LIKERT_POINTS + " to " + MAX_LIKERT_POINTS + " points, not " + scale.getPoints() + ".",
					scale, Literals.LIKERT_SCALE__POINTS, IssueCodes.INVALID_SCALE);
		} else if (scale.isLabelled() && scale.getLabels().size() != scale.getPoints()) {
			error("The scale '" + scale.getName() + "' has " + scale.getPoints() + " points but " + scale.getLabels().size()
					+ " labels; give one label per point, lowest first, or none.",
					scale, Literals.LIKERT_SCALE__LABELS, IssueCodes.INVALID_SCALE);
		}
	}

	@Check
	public void checkNumericScale(NumericScale scale) {
		if (scale.isSetMinimum() && scale.isSetMaximum() && scale.getMinimum() >= scale.getMaximum()) {
			error("The minimum of '" + scale.getName() + "' must be below its maximum.", scale,
					Literals.NUMERIC_SCALE__MAXIMUM, IssueCodes.INVALID_SCALE);
		}
	}

	@Check
	public void checkCategoricalScale(CategoricalScale scale) {
		if (scale.getChoices().size() < 2) {
			error("The categorical scale '" + scale.getName() + "' needs at least two choices.", scale,
					Literals.SCALE__NAME, IssueCodes.INVALID_SCALE);
		}
		Map<Integer, Choice> codes = new HashMap<>();
		for (Choice choice : scale.getChoices()) {
			Choice first = codes.putIfAbsent(choice.getCode(), choice);
			if (first != null) {
				error("The code " + choice.getCode() + " already stands for \"" + first.getLabel() + "\"; each choice needs its own code.",
						choice, Literals.CHOICE__CODE, IssueCodes.INVALID_SCALE);
			}
		}
	}

	@Check
	public void checkEachConstructInOneGroup(Framework framework) {
		Map<Construct, Group> groupOf = new HashMap<>();
		for (Group group : framework.getGroups()) {
			for (int i = 0; i < group.getMembers().size(); i++) {
				Construct member = group.getMembers().get(i);
				Group first = member.eIsProxy() ? null : groupOf.putIfAbsent(member, group);
				if (first != null) {
					warning("'" + member.getName() + "' is already in the group '" + first.getName() + "'; the diagram can draw it in one group only.",
							group, Literals.GROUP__MEMBERS, i, IssueCodes.CONSTRUCT_IN_SEVERAL_GROUPS, member.getName());
				}
			}
		}
	}

	private static boolean someConstructHasItems(Construct construct) {
		return construct.eContainer() instanceof Framework framework
				&& framework.getConstructs().stream().anyMatch(c -> !c.getItems().isEmpty());
	}

	private static Scale mostCommonOwnScale(Construct construct) {
		Map<Scale, Long> counts = construct.getItems().stream().filter(i -> i.getScale() != null)
				.collect(Collectors.groupingBy(Item::getScale, Collectors.counting()));
		long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		if (most * 2 <= construct.getItems().size()) {
			return null; // no majority scale: nothing to differ from
		}
		return counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).findFirst().orElse(null);
	}

}
