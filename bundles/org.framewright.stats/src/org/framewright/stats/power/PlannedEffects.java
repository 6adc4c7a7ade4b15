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
 * study plan's expected effects. A direct effect's size is its path's, with the hypothesis's sign when the plan
 * gives a bare size. A mediation's size is its indirect effect: its segments without a size of their own each get
 * the k-th root of it (k segments). A path no planned effect reaches is simulated as zero, and said so; moderations
 * and curvilinear effects are not simulated by the linear population model, and said so too.
 */
final class PlannedEffects {

	private final Map<Path, Double> coefficients = new LinkedHashMap<>();
	private final List<Problem> notes = new ArrayList<>();

	PlannedEffects(Framework framework, StructuralModel structure) {
		HypothesisSigns signs = new HypothesisSigns(structure);
		StudyPlan plan = framework.getPlan();
		List<ExpectedEffect> effects = plan == null ? List.of() : plan.getEffects();
		List<Mediation> mediations = new ArrayList<>();
		for (ExpectedEffect effect : effects) {
			Hypothesis hypothesis = effect.getHypothesis();
			if (hypothesis == null || hypothesis.eIsProxy()) {
				continue;
			}
			if (hypothesis instanceof DirectEffect direct && !direct.isCurvilinear()) {
				structure.getPath(direct.getCause(), direct.getEffect()).ifPresent(path -> coefficients.put(path, signed(effect.getSize(), signs.of(direct))));
			} else if (hypothesis instanceof Mediation mediation) {
				mediations.add(mediation);
			} else {
				notes.add(new Problem(Severity.INFO, StatsIssueCodes.EFFECT_NOT_SIMULATED, null, 0, hypothesis.getName(), "The expected effect of "
						+ hypothesis.getName() + " is not simulated: the population model is linear, without interactions or squares."));
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
				notes.add(new Problem(Severity.INFO, StatsIssueCodes.EFFECT_NOT_PLANNED, null, 0, path.getCause().getName() + " -> "
						+ path.getEffect().getName(), "The plan gives no expected effect for the path " + path.getCause().getName() + " -> "
						+ path.getEffect().getName() + ", so it is simulated as zero; give one with effect H<n> <size>."));
			}
		}
	}

	/** A bare (positive) size takes the sign the hypothesis expects; a signed one is kept. */
	private static double signed(double size, ExpectedSign expected) {
		return expected == ExpectedSign.NEGATIVE && size > 0 ? -size : size;
	}

	Map<Path, Double> coefficients() {
		return coefficients;
	}

	List<Problem> notes() {
		return notes;
	}
}
