package org.framewright.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.Moderation;
import org.framewright.model.ModerationDirection;
import org.framewright.model.structure.StructuralModel;

/**
 * What a hypothesis claims about, regardless of the sign it expects: two hypotheses with the same key repeat or
 * contradict each other.
 */
final class HypothesisKey {

	private HypothesisKey() {
	}

	/** The key, or null while a reference is unresolved. */
	static List<Object> of(Hypothesis hypothesis) {
		List<Object> key = new ArrayList<>();
		key.add(hypothesis.eClass());
		if (hypothesis instanceof DirectEffect direct) {
			key.add(direct.getCause());
			key.add(direct.getEffect());
		} else if (hypothesis instanceof Mediation mediation) {
			key.addAll(mediation.getChain());
		} else if (hypothesis instanceof Moderation moderation) {
			key.add(moderation.getModerator());
			key.add(StructuralModel.moderatedCause(moderation));
			key.add(StructuralModel.moderatedEffect(moderation));
		}
		for (Object part : key.subList(1, key.size())) {
			if (part == null || ((EObject) part).eIsProxy()) {
				return null;
			}
		}
		return key;
	}

	/** Whether two hypotheses with the same key expect opposite effects. */
	static boolean contradicts(Hypothesis first, Hypothesis second) {
		if (first instanceof DirectEffect a && second instanceof DirectEffect b) {
			return opposite(a.getExpectation(), b.getExpectation());
		}
		if (first instanceof Moderation a && second instanceof Moderation b) {
			return a.getDirection() != ModerationDirection.UNSPECIFIED && b.getDirection() != ModerationDirection.UNSPECIFIED
					&& a.getDirection() != b.getDirection();
		}
		return false;
	}

	private static boolean opposite(Expectation a, Expectation b) {
		return a == Expectation.POSITIVE && b == Expectation.NEGATIVE || a == Expectation.NEGATIVE && b == Expectation.POSITIVE
				|| a == Expectation.INVERTED_U && b == Expectation.USHAPED || a == Expectation.USHAPED && b == Expectation.INVERTED_U;
	}
}
