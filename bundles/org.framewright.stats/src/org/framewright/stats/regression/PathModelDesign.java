package org.framewright.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Moderation;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * The regressions of a framework's path model on composite scores: one per endogenous construct, with every path
 * into it that a hypothesis states or implies, then quadratic terms for curvilinear hypotheses, the moderator and
 * the product term for moderations, then the controls entered on it; the same structure as the generated analysis
 * code.
 */
public final class PathModelDesign {

	private final Map<String, Map<String, Term>> equations = new LinkedHashMap<>();

	private PathModelDesign(Framework framework) {
		StructuralModel structure = StructuralModel.of(framework);
		for (Path path : structure.getPaths()) {
			add(path.getEffect(), Term.construct(path.getCause().getName()));
		}
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			if (hypothesis instanceof DirectEffect direct && direct.isCurvilinear() && resolved(direct.getCause(), direct.getEffect())) {
				String x = direct.getCause().getName();
				add(direct.getEffect(), new Term(x + "_sq", Term.Kind.SQUARE, x, x));
			} else if (hypothesis instanceof Moderation moderation) {
				Construct cause = StructuralModel.moderatedCause(moderation);
				Construct effect = StructuralModel.moderatedEffect(moderation);
				Construct moderator = moderation.getModerator();
				if (resolved(cause, effect, moderator)) {
					// The interaction is only interpretable next to the moderator's own effect on the outcome.
					add(effect, Term.construct(moderator.getName()));
					add(effect, new Term(cause.getName() + "_x_" + moderator.getName(), Term.Kind.PRODUCT, cause.getName(), moderator.getName()));
				}
			}
		}
		for (Control control : framework.getControls()) {
			for (Construct outcome : structure.getControlledOutcomes(control)) {
				if (resolved(outcome) && control.getName() != null) {
					add(outcome, Term.control(control.getName()));
				}
			}
		}
	}

	/** The regressions of a framework, in the order its paths are first mentioned. */
	public static List<Equation> of(Framework framework) {
		List<Equation> result = new ArrayList<>();
		new PathModelDesign(framework).equations.forEach((outcome, terms) -> result.add(new Equation(outcome, List.copyOf(terms.values()))));
		return result;
	}

	private void add(Construct outcome, Term term) {
		equations.computeIfAbsent(outcome.getName(), key -> new LinkedHashMap<>()).putIfAbsent(term.name(), term);
	}

	private static boolean resolved(Construct... constructs) {
		for (Construct construct : constructs) {
			if (construct == null || construct.eIsProxy()) {
				return false;
			}
		}
		return true;
	}
}
