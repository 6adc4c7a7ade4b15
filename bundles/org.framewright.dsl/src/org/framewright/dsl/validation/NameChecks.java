package org.framewright.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.Item;

/**
 * Identifiers must be unique: constructs, controls and item codes share one namespace (each is a variable of the
 * data or the analysis); theories, scales, groups and hypotheses each have their own.
 */
public class NameChecks extends FramewrightCheck {

	@Check
	public void checkNamesAreUnique(Framework framework) {
		Map<String, EObject> variables = new HashMap<>();
		for (Construct construct : framework.getConstructs()) {
			claim(variables, construct, construct.getName(), Literals.CONSTRUCT__NAME, IssueCodes.DUPLICATE_NAME);
		}
		framework.getControls().forEach(c -> claim(variables, c, c.getName(), Literals.CONTROL__NAME, IssueCodes.DUPLICATE_NAME));
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				claim(variables, item, item.getName(), Literals.ITEM__NAME, IssueCodes.DUPLICATE_ITEM_CODE);
			}
		}
		unique(framework.getTheories(), Literals.THEORY__NAME);
		unique(framework.getScales(), Literals.SCALE__NAME);
		unique(framework.getGroups(), Literals.GROUP__NAME);
		unique(framework.getHypotheses(), Literals.HYPOTHESIS__NAME);
		checkItemCodesDifferBeyondCase(framework);
	}

	private void checkItemCodesDifferBeyondCase(Framework framework) {
		Map<String, Item> byFoldedCode = new HashMap<>();
		for (Construct construct : framework.getConstructs()) {
			for (Item item : construct.getItems()) {
				if (item.getName() == null) {
					continue;
				}
				Item other = byFoldedCode.putIfAbsent(item.getName().toLowerCase(Locale.ROOT), item);
				if (other != null && !other.getName().equals(item.getName())) {
					warning("Item codes '" + other.getName() + "' (line " + lineOf(other) + ") and '" + item.getName()
							+ "' differ only in case; SPSS and SAS read them as the same variable.", item,
							Literals.ITEM__NAME, IssueCodes.ITEM_CODES_DIFFER_ONLY_IN_CASE, item.getName());
				}
			}
		}
	}

	private void unique(List<? extends EObject> elements, EStructuralFeature nameFeature) {
		Map<String, EObject> seen = new HashMap<>();
		for (EObject element : elements) {
			claim(seen, element, (String) element.eGet(nameFeature), nameFeature, IssueCodes.DUPLICATE_NAME);
		}
	}

	private void claim(Map<String, EObject> seen, EObject element, String name, EStructuralFeature feature, String code) {
		if (name == null) {
			return;
		}
		EObject first = seen.putIfAbsent(name, element);
		if (first != null) {
			error("'" + name + "' is already declared as " + describe(first) + " on line " + lineOf(first)
					+ "; every " + describe(element).replaceFirst("^an? ", "") + " needs a name of its own.",
					element, feature, code, name);
		}
	}

	static String describe(EObject element) {
		String kind = switch (element.eClass().getName()) {
			case "Construct" -> "a construct";
			case "Control" -> "a control";
			case "Item" -> "an item code";
			case "Theory" -> "a theory";
			case "LikertScale", "NumericScale", "CategoricalScale" -> "a scale";
			case "Group" -> "a group";
			default -> "a hypothesis";
		};
		return kind;
	}
}
