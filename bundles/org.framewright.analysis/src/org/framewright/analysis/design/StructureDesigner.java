package org.framewright.analysis.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framewright.model.CategoricalScale;
import org.framewright.model.Choice;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.ControlKind;
import org.framewright.model.DirectEffect;
import org.framewright.model.Hypothesis;
import org.framewright.model.Moderation;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * The structural side of an analysis: one regression per endogenous construct with a label on every coefficient,
 * the product terms of interactions and curvilinear effects, and controls entered on their outcomes.
 */
final class StructureDesigner {

	private final StructuralModel structure;
	private final UniqueNames names;
	private final Map<String, Map<String, String>> labels = new LinkedHashMap<>();
	private final Map<String, ProductTerm> productTerms = new LinkedHashMap<>();
	private final Map<Hypothesis, String> testedCoefficients = new LinkedHashMap<>();
	private final Map<String, Variance> variances = new LinkedHashMap<>();
	private final Map<Control, DummyCoding> dummyCodings = new LinkedHashMap<>();

	StructureDesigner(StructuralModel structure, UniqueNames names) {
		this.structure = structure;
		this.names = names;
		structure.getPaths().forEach(this::addPath);
		for (Hypothesis hypothesis : structure.getFramework().getHypotheses()) {
			if (hypothesis instanceof DirectEffect direct && direct.isCurvilinear()) {
				addCurvilinear(direct);
			} else if (hypothesis instanceof Moderation moderation) {
				addModeration(moderation);
			}
		}
		structure.getFramework().getControls().forEach(this::addControl);
	}

	/** The label of the coefficient of a predictor in the regression of an outcome, if the model has it. */
	String label(String predictor, String outcome) {
		return labels.getOrDefault(outcome, Map.of()).get(predictor);
	}

	/** The coefficient that tests a curvilinear or moderation hypothesis (its quadratic or interaction term). */
	String testedCoefficient(Hypothesis hypothesis) {
		return testedCoefficients.get(hypothesis);
	}

	/**
	 * The label of the variance of a moderator, so that effects can be taken one standard deviation either side of
	 * its mean; null if it has a path into it, since its variance is then no single parameter of the model.
	 */
	String varianceLabel(Construct moderator) {
		if (!isResolved(moderator) || structure.getEndogenous().contains(moderator)) {
			return null;
		}
		return variances.computeIfAbsent(moderator.getName(), latent -> new Variance(latent, names.claim("var_" + latent))).label();
	}

	List<Variance> variances() {
		return List.copyOf(variances.values());
	}

	List<Regression> regressions() {
		List<Regression> regressions = new ArrayList<>();
		labels.forEach((outcome, predictors) -> regressions.add(new Regression(outcome,
				predictors.entrySet().stream().map(entry -> new Predictor(entry.getKey(), entry.getValue())).toList())));
		return regressions;
	}

	List<ProductTerm> productTerms() {
		return List.copyOf(productTerms.values());
	}

	private void addPath(Path path) {
		coefficient(path.getCause().getName(), path.getEffect().getName());
	}

	private void addCurvilinear(DirectEffect direct) {
		if (isResolved(direct.getCause()) && isResolved(direct.getEffect())) {
			ProductTerm square = productTerm(direct.getCause(), direct.getCause());
			testedCoefficients.put(direct, coefficient(square.latent(), direct.getEffect().getName()));
		}
	}

	private void addModeration(Moderation moderation) {
		Construct cause = StructuralModel.moderatedCause(moderation);
		Construct effect = StructuralModel.moderatedEffect(moderation);
		Construct moderator = moderation.getModerator();
		if (isResolved(cause) && isResolved(effect) && isResolved(moderator)) {
			// The interaction is only interpretable next to the moderator's own effect on the outcome.
			coefficient(moderator.getName(), effect.getName());
			ProductTerm interaction = productTerm(cause, moderator);
			testedCoefficients.put(moderation, coefficient(interaction.latent(), effect.getName()));
		}
	}

	List<DummyCoding> dummyCodings() {
		return List.copyOf(dummyCodings.values());
	}

	/** A control on each of its outcomes: as it is, or by its indicator variables if it is categorical. */
	private void addControl(Control control) {
		List<String> predictors = dummyCoding(control).map(coding -> coding.dummies().stream().map(DummyCoding.Dummy::name).toList())
				.orElse(List.of(control.getName()));
		for (Construct outcome : structure.getControlledOutcomes(control)) {
			if (isResolved(outcome)) {
				predictors.forEach(predictor -> coefficient(predictor, outcome.getName()));
			}
		}
	}

	/**
	 * The dummy coding of a categorical control whose scale lists two or more choices, the first the reference. A
	 * categorical control without such a scale has no known codes and is entered as it is.
	 */
	private Optional<DummyCoding> dummyCoding(Control control) {
		if (control.getKind() != ControlKind.CATEGORICAL || !(control.getScale() instanceof CategoricalScale scale) || scale.getChoices().size() < 2) {
			return Optional.empty();
		}
		return Optional.of(dummyCodings.computeIfAbsent(control, c -> {
			Choice reference = scale.getChoices().get(0);
			List<DummyCoding.Dummy> dummies = scale.getChoices().subList(1, scale.getChoices().size()).stream()
					.map(choice -> new DummyCoding.Dummy(names.claim(c.getName() + "_" + choice.getCode()), choice.getCode(), choice.getLabel()))
					.toList();
			return new DummyCoding(c.getName(), reference.getCode(), reference.getLabel(), dummies);
		}));
	}

	private String coefficient(String predictor, String outcome) {
		return labels.computeIfAbsent(outcome, key -> new LinkedHashMap<>())
				.computeIfAbsent(predictor, key -> names.claim("p_" + predictor + "_" + outcome));
	}

	private ProductTerm productTerm(Construct left, Construct right) {
		String key = left.getName() + " x " + right.getName();
		return productTerms.computeIfAbsent(key, k -> newProductTerm(left, right));
	}

	private ProductTerm newProductTerm(Construct left, Construct right) {
		boolean quadratic = left == right;
		String latent = names.claim(quadratic ? left.getName() + "_sq" : left.getName() + "_x_" + right.getName());
		List<String> leftItems = MeasurementDesigner.leafItems(left);
		List<String> rightItems = MeasurementDesigner.leafItems(right);
		boolean matched = leftItems.size() == rightItems.size();
		List<String> products = new ArrayList<>();
		if (matched) {
			for (int i = 0; i < leftItems.size(); i++) {
				products.add(names.claim(leftItems.get(i) + "_x_" + rightItems.get(i)));
			}
		} else {
			for (String l : leftItems) {
				for (String r : rightItems) {
					products.add(names.claim(l + "_x_" + r));
				}
			}
		}
		return new ProductTerm(latent, left.getName(), right.getName(), leftItems, rightItems, matched, products);
	}

	private static boolean isResolved(Construct construct) {
		return construct != null && !construct.eIsProxy();
	}
}
