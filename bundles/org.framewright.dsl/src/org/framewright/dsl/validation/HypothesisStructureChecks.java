package org.framewright.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.Framework;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationType;
import org.framewright.model.Moderation;
import org.framewright.model.ModerationDirection;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * The structure of the hypotheses, checked before any data exist: every mediation rests on stated paths, every
 * moderation on a hypothesised path, no construct plays two roles in one hypothesis, no two hypotheses repeat or
 * contradict each other, the paths form no cycle, and every construct is used.
 */
public class HypothesisStructureChecks extends FramewrightCheck {

	@Check
	public void checkStructure(Framework framework) {
		StructuralModel structure = StructuralModel.of(framework);
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			if (hypothesis instanceof DirectEffect direct) {
				checkDirectEffect(direct);
			} else if (hypothesis instanceof Mediation mediation) {
				checkMediation(mediation, structure);
			} else if (hypothesis instanceof Moderation moderation) {
				checkModeration(moderation, structure);
			}
		}
		checkRepeatedHypotheses(framework);
		new CycleFinder(structure).cycles().forEach((path, cycle) -> reportCycle(framework, path, cycle));
		checkEveryConstructIsUsed(framework, structure);
	}

	private void checkDirectEffect(DirectEffect direct) {
		if (direct.getCause() != null && direct.getCause() == direct.getEffect() && !direct.getCause().eIsProxy()) {
			error(direct.getName() + " has '" + direct.getCause().getName() + "' affect itself; a path needs two different constructs.",
					direct, Literals.DIRECT_EFFECT__EFFECT, IssueCodes.CONSTRUCT_REPEATED, direct.getCause().getName());
		} else if (direct.getExpectation() == Expectation.NONDIRECTIONAL) {
			info(direct.getName() + " does not state the expected sign; say positive or negative if theory predicts one, so it can be tested one-sided.",
					direct, Literals.DIRECT_EFFECT__EXPECTATION, IssueCodes.NONDIRECTIONAL_HYPOTHESIS, direct.getName());
		}
	}

	private void checkMediation(Mediation mediation, StructuralModel structure) {
		List<Construct> chain = mediation.getChain();
		Set<Construct> seen = new HashSet<>();
		for (int i = 0; i < chain.size(); i++) {
			if (!chain.get(i).eIsProxy() && !seen.add(chain.get(i))) {
				error(mediation.getName() + " names '" + chain.get(i).getName() + "' twice; an indirect path passes each construct once.",
						mediation, Literals.MEDIATION__CHAIN, i, IssueCodes.CONSTRUCT_REPEATED, chain.get(i).getName());
				return;
			}
		}
		for (int i = 0; i + 1 < chain.size(); i++) {
			Construct cause = chain.get(i);
			Construct effect = chain.get(i + 1);
			if (cause.eIsProxy() || effect.eIsProxy()) {
				continue;
			}
			boolean stated = structure.getPath(cause, effect).map(Path::isStated).orElse(false);
			if (!stated) {
				String role = i == 0 ? "a-path" : i + 2 == chain.size() ? "b-path" : "path between mediators";
				warning(mediation.getName() + " rests on the " + role + " " + cause.getName() + " -> " + effect.getName()
						+ ", which no hypothesis states; state it as a hypothesis of its own.",
						mediation, Literals.MEDIATION__CHAIN, i, IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED,
						cause.getName(), effect.getName());
			}
		}
		Construct first = chain.get(0);
		Construct last = chain.get(chain.size() - 1);
		if (mediation.getType() == MediationType.FULL && !first.eIsProxy() && !last.eIsProxy()
				&& structure.getPath(first, last).map(Path::isStated).orElse(false)) {
			warning(mediation.getName() + " claims full mediation, yet " + structure.getPath(first, last).get().getStatedBy().get(0).getName()
					+ " hypothesises a direct effect of " + first.getName() + " on " + last.getName() + "; say partial, or drop the direct effect.",
					mediation, Literals.MEDIATION__TYPE, IssueCodes.FULL_MEDIATION_WITH_DIRECT_EFFECT, mediation.getName());
		}
	}

	private void checkModeration(Moderation moderation, StructuralModel structure) {
		Construct moderator = moderation.getModerator();
		Construct cause = StructuralModel.moderatedCause(moderation);
		Construct effect = StructuralModel.moderatedEffect(moderation);
		if (moderator == null || cause == null || effect == null || moderator.eIsProxy() || cause.eIsProxy() || effect.eIsProxy()) {
			return;
		}
		if (moderator == cause || moderator == effect || cause == effect) {
			Construct twice = moderator == cause || moderator == effect ? moderator : cause;
			error(moderation.getName() + " names '" + twice.getName() + "' twice; a moderator must differ from the cause and the effect it moderates.",
					moderation, Literals.MODERATION__MODERATOR, IssueCodes.CONSTRUCT_REPEATED, twice.getName());
			return;
		}
		if (!moderation.isModeratedMediation()) {
			Path path = structure.getPath(cause, effect).orElseThrow();
			boolean hypothesised = path.isStated() || path.getImpliedBy().stream().anyMatch(Mediation.class::isInstance);
			if (!hypothesised) {
				warning(moderation.getName() + " moderates " + cause.getName() + " -> " + effect.getName()
						+ ", a path that no hypothesis states or implies; state the path as a hypothesis of its own.",
						moderation, Literals.MODERATION__CAUSE, IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED,
						cause.getName(), effect.getName());
			}
		}
		if (moderation.getDirection() == ModerationDirection.UNSPECIFIED) {
			info(moderation.getName() + " does not say whether " + moderator.getName() + " strengthens or weakens the effect; say which, so it can be tested one-sided.",
					moderation, Literals.MODERATION__MODERATOR, IssueCodes.NONDIRECTIONAL_HYPOTHESIS, moderation.getName());
		}
	}

	private void checkRepeatedHypotheses(Framework framework) {
		Map<List<Object>, Hypothesis> seen = new HashMap<>();
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			List<Object> key = HypothesisKey.of(hypothesis);
			if (key == null) {
				continue;
			}
			Hypothesis first = seen.putIfAbsent(key, hypothesis);
			if (first == null) {
				continue;
			}
			if (HypothesisKey.contradicts(first, hypothesis)) {
				error(hypothesis.getName() + " contradicts " + first.getName() + " (line " + lineOf(first)
						+ "): the same path cannot be expected both ways.", hypothesis, Literals.HYPOTHESIS__NAME,
						IssueCodes.CONTRADICTORY_HYPOTHESES, first.getName());
			} else {
				warning(hypothesis.getName() + " repeats " + first.getName() + " (line " + lineOf(first)
						+ "); state each hypothesis once.", hypothesis, Literals.HYPOTHESIS__NAME,
						IssueCodes.DUPLICATE_HYPOTHESIS, first.getName());
			}
		}
	}

	private void reportCycle(Framework framework, Path path, List<Construct> cycle) {
		if (framework.isFeedbackAllowed()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		cycle.forEach(c -> text.append(c.getName()).append(" -> "));
		text.append(cycle.get(0).getName());
		for (DirectEffect statement : path.getStatedBy()) {
			error(statement.getName() + " closes a feedback loop (" + text + "); hypothesised paths must not form a cycle unless the framework says 'feedback allowed'.",
					statement, Literals.DIRECT_EFFECT__EFFECT, IssueCodes.CYCLE, statement.getName());
		}
		for (Hypothesis implied : path.getImpliedBy()) {
			if (implied instanceof Mediation mediation) {
				error(mediation.getName() + " closes a feedback loop (" + text + "); hypothesised paths must not form a cycle unless the framework says 'feedback allowed'.",
						mediation, Literals.HYPOTHESIS__NAME, IssueCodes.CYCLE, mediation.getName());
			}
		}
	}

	private void checkEveryConstructIsUsed(Framework framework, StructuralModel structure) {
		Set<Construct> used = new HashSet<>(structure.getConstructsInHypotheses());
		List<Construct> pending = new ArrayList<>(used);
		while (!pending.isEmpty()) {
			for (Construct dimension : pending.remove(pending.size() - 1).getDimensions()) {
				if (used.add(dimension)) {
					pending.add(dimension);
				}
			}
		}
		for (Construct construct : framework.getConstructs()) {
			if (!used.contains(construct)) {
				warning("No hypothesis uses '" + construct.getName() + "'; relate it to the framework or remove it.",
						construct, Literals.CONSTRUCT__NAME, IssueCodes.UNUSED_CONSTRUCT, construct.getName());
			}
		}
	}
}
