package org.framewright.stats.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.ExpectedEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.Moderation;
import org.framewright.model.StudyPlan;
import org.framewright.model.structure.ExpectedSign;
import org.framewright.model.structure.HypothesisSigns;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;
import org.framewright.stats.Problem;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * The standardized coefficient of every structural path in the population a power analysis simulates, from the
 * study plan's expected effects, and the planned interactions and squares. A direct effect's size is its path's,
 * with the hypothesis's sign when the plan gives a bare size. A mediation's size is its indirect effect: its segments
 * without a size of their own each get the k-th root of it (k segments). A moderation's size (also a moderated
 * mediation's) is the coefficient of its interaction term, signed as the moderation expects its interaction; a
 * curvilinear effect's the coefficient of its square (negative for an inverted U). A path no planned effect reaches
 * is simulated as zero, and said so.
 */
final class PlannedEffects {

	/**
	 * A planned nonlinear term in the equation of an effect: the product of two constructs (a moderation's
	 * interaction), or of a construct with itself (a curvilinear effect's square).
	 */
	record Nonlinear(Construct left, Construct right, Construct effect, double coefficient) {
	}

	private final Map<Path, Double> coefficients = new LinkedHashMap<>();
	private final List<Nonlinear> nonlinear = new ArrayList<>();
	private final List<Problem> notes = new ArrayList<>();

	PlannedEffects(Framework framework, StructuralModel structure) {
		HypothesisSigns signs = new HypothesisSigns(structure);
		StudyPlan plan = framework.getPlan();
		List<ExpectedEffect> effects = plan == null ? List.of() : plan.getEffects();
		List<Mediation> mediations = new ArrayList<>();
		List<Hypothesis> planned = new ArrayList<>();
		for (ExpectedEffect effect : effects) {
			Hypothesis hypothesis = effect.getHypothesis();
			if (hypothesis == null || hypothesis.eIsProxy()) {
				continue;
			}
			planned.add(hypothesis);
			if (hypothesis instanceof DirectEffect direct && direct.isCurvilinear()) {
				if (resolved(direct.getCause(), direct.getEffect())) {
					nonlinear.add(new Nonlinear(direct.getCause(), direct.getCause(), direct.getEffect(), signed(effect.getSize(), signs.of(direct))));
				}
			} else if (hypothesis instanceof DirectEffect direct) {
				structure.getPath(direct.getCause(), direct.getEffect()).ifPresent(path -> coefficients.put(path, signed(effect.getSize(), signs.of(direct))));
			} else if (hypothesis instanceof Mediation mediation) {
				mediations.add(mediation);
			} else if (hypothesis instanceof Moderation moderation) {
				Construct cause = StructuralModel.moderatedCause(moderation);
				Construct outcome = StructuralModel.moderatedEffect(moderation);
				if (resolved(cause, outcome, moderation.getModerator())) {
					nonlinear.add(new Nonlinear(cause, moderation.getModerator(), outcome, signed(effect.getSize(), signs.ofInteraction(moderation))));
				}
			}
		}
		for (Mediation mediation : mediations) {
			double size = effects.stream().filter(e -> e.getHypothesis() == mediation).findFirst().map(ExpectedEffect::getSize).orElse(0.0);
			List<Construct> chain = mediation.getChain();
			int segments = chain.size() - 1;
			double each = Math.pow(Math.abs(size), 1.0 / segments);
			for (int i = 0; i < segments; i++) {
				structure.getPath(chain.get(i), chain.get(i + 1)).ifPresent(path -> coefficients.putIfAbsent(path, each));
			}
		}
		for (Path path : structure.getPaths()) {
			if (!coefficients.containsKey(path)) {
				coefficients.put(path, 0.0);
				String name = path.getCause().getName() + " -> " + path.getEffect().getName();
				boolean curvilinearOnly = !path.getStatedBy().isEmpty() && path.getStatedBy().stream().allMatch(DirectEffect::isCurvilinear)
						&& path.getImpliedBy().isEmpty();
				notes.add(new Problem(Severity.INFO, StatsIssueCodes.EFFECT_NOT_PLANNED, null, 0, name, curvilinearOnly
						? "The plan gives no linear effect for the path " + name + " (its curvilinear hypothesis plans the square), so its linear"
								+ " part is simulated as zero."
						: "The plan gives no expected effect for the path " + name + ", so it is simulated as zero; give one with effect H<n> <size>."));
			}
		}
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			boolean nonlinearHypothesis = hypothesis instanceof Moderation || hypothesis instanceof DirectEffect direct && direct.isCurvilinear();
			if (nonlinearHypothesis && !planned.contains(hypothesis)) {
				String term = hypothesis instanceof Moderation ? "interaction" : "square";
				notes.add(simulatesCases()
						? new Problem(Severity.INFO, StatsIssueCodes.EFFECT_NOT_PLANNED, null, 0, hypothesis.getName(), "The plan gives no expected"
								+ " effect for " + hypothesis.getName() + ", so its " + term + " is simulated as zero (its power is the rate of false"
								+ " positives); give one with effect " + hypothesis.getName() + " <size>.")
						: new Problem(Severity.INFO, StatsIssueCodes.EFFECT_NOT_SIMULATED, null, 0, hypothesis.getName(), "The plan gives no"
								+ " expected effect for " + hypothesis.getName() + ", so its " + term + " is not simulated and it gets no power; give"
								+ " one with effect " + hypothesis.getName() + " <size>."));
			}
		}
	}

	/** A bare (positive) size takes the sign the hypothesis expects; a signed one is kept. */
	private static double signed(double size, ExpectedSign expected) {
		return expected == ExpectedSign.NEGATIVE && size > 0 ? -size : size;
	}

	private static boolean resolved(Construct... constructs) {
		for (Construct construct : constructs) {
			if (construct == null || construct.eIsProxy()) {
				return false;
			}
		}
		return true;
	}

	Map<Path, Double> coefficients() {
		return coefficients;
	}

	/** The planned interactions and squares, in the plan's order. */
	List<Nonlinear> nonlinear() {
		return nonlinear;
	}

	/**
	 * Whether the plan states an interaction or a square: the covariance matrix of a linear model cannot carry them,
	 * so the power analysis then simulates cases.
	 */
	boolean simulatesCases() {
		return !nonlinear.isEmpty();
	}

	List<Problem> notes() {
		return notes;
	}
}
