package org.framewright.model.structure;

import java.util.List;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationStage;
import org.framewright.model.Moderation;

/**
 * The sign each hypothesis expects of the quantity that tests it, computed once for the analysis code and the
 * estimation engine alike: a direct effect its path (a curvilinear one its square: negative for an inverted U); a
 * mediation the product of its segments' signs; a moderation its interaction (strengthening a path shares its sign,
 * weakening opposes it); a moderated mediation its index, the interaction times the other segments.
 */
public final class HypothesisSigns {

	private final StructuralModel structure;

	public HypothesisSigns(StructuralModel structure) {
		this.structure = structure;
	}

	public ExpectedSign of(Hypothesis hypothesis) {
		if (hypothesis instanceof DirectEffect direct) {
			return switch (direct.getExpectation()) {
				case INVERTED_U -> ExpectedSign.NEGATIVE;
				case USHAPED -> ExpectedSign.POSITIVE;
				default -> sign(direct.getExpectation());
			};
		}
		if (hypothesis instanceof Mediation mediation) {
			return chain(mediation.getChain(), -1);
		}
		if (hypothesis instanceof Moderation moderation) {
			ExpectedSign interaction = ofInteraction(moderation);
			if (!moderation.isModeratedMediation()) {
				return interaction;
			}
			List<Construct> chain = moderation.getMediation().getChain();
			int stage = moderation.getStage() == MediationStage.FIRST ? 0 : chain.size() - 2;
			return interaction.times(chain(chain, stage));
		}
		return ExpectedSign.TWO_SIDED;
	}

	/** The sign the direct-effect hypotheses stating a path expect of it; two-sided if none states a linear sign. */
	public ExpectedSign ofPath(Construct cause, Construct effect) {
		return structure.getPath(cause, effect).flatMap(path -> path.getStatedBy().stream().filter(direct -> !direct.isCurvilinear()).findFirst())
				.map(direct -> sign(direct.getExpectation())).orElse(ExpectedSign.TWO_SIDED);
	}

	/**
	 * The sign a moderation expects of its interaction term, also for a moderated mediation (whose hypothesis is
	 * judged by its index): strengthening a path makes the interaction share its sign (positive if the path has none);
	 * weakening, the opposite.
	 */
	public ExpectedSign ofInteraction(Moderation moderation) {
		ExpectedSign path = ofPath(StructuralModel.moderatedCause(moderation), StructuralModel.moderatedEffect(moderation));
		ExpectedSign base = path == ExpectedSign.TWO_SIDED ? ExpectedSign.POSITIVE : path;
		return switch (moderation.getDirection()) {
			case STRENGTHENS -> base;
			case WEAKENS -> base.negate();
			case UNSPECIFIED -> ExpectedSign.TWO_SIDED;
		};
	}

	/** The product of the signs of a chain's segments, leaving out the one at {@code skip}. */
	private ExpectedSign chain(List<Construct> chain, int skip) {
		ExpectedSign sign = ExpectedSign.POSITIVE;
		for (int i = 0; i + 1 < chain.size(); i++) {
			if (i != skip) {
				sign = sign.times(ofPath(chain.get(i), chain.get(i + 1)));
			}
		}
		return sign;
	}

	private static ExpectedSign sign(Expectation expectation) {
		return switch (expectation) {
			case POSITIVE -> ExpectedSign.POSITIVE;
			case NEGATIVE -> ExpectedSign.NEGATIVE;
			default -> ExpectedSign.TWO_SIDED;
		};
	}
}
