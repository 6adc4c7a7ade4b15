package org.framewright.dsl.ide.hover;

import java.util.stream.Collectors;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationType;
import org.framewright.model.Moderation;
import org.framewright.model.ModerationDirection;

/**
 * A hypothesis written back as the language writes it ({@code SP -> KT -> IS mediation}), for hovers and the
 * outline; an expectation the user left out shows as the default it stands for.
 */
public final class HypothesisNotation {

	private HypothesisNotation() {
	}

	public static String of(Hypothesis hypothesis) {
		if (hypothesis instanceof DirectEffect direct) {
			return name(direct.getCause()) + " -> " + name(direct.getEffect()) + " " + direct.getExpectation().getLiteral();
		}
		if (hypothesis instanceof Mediation mediation) {
			String chain = mediation.getChain().stream().map(HypothesisNotation::name).collect(Collectors.joining(" -> "));
			return chain + " mediation" + (mediation.getType() == MediationType.UNSPECIFIED ? "" : " " + mediation.getType().getLiteral());
		}
		if (hypothesis instanceof Moderation moderation) {
			String moderated = moderation.isModeratedMediation()
					? moderation.getStage().getLiteral() + " stage of " + (moderation.getMediation() == null ? "?" : moderation.getMediation().getName())
					: name(moderation.getCause()) + " -> " + name(moderation.getEffect());
			return name(moderation.getModerator()) + " moderates " + moderated
					+ (moderation.getDirection() == ModerationDirection.UNSPECIFIED ? "" : " " + moderation.getDirection().getLiteral());
		}
		return "";
	}

	/** What kind of hypothesis it is, in words. */
	public static String kind(Hypothesis hypothesis) {
		if (hypothesis instanceof DirectEffect direct) {
			return direct.getExpectation().getLiteral() + " direct effect";
		}
		if (hypothesis instanceof Mediation mediation) {
			String type = mediation.getType() == MediationType.UNSPECIFIED ? "" : mediation.getType().getLiteral() + " ";
			return type + (mediation.isSerial() ? "serial mediation" : "mediation");
		}
		if (hypothesis instanceof Moderation moderation) {
			String direction = moderation.getDirection() == ModerationDirection.UNSPECIFIED ? ""
					: " (" + moderation.getDirection().getLiteral() + ")";
			return (moderation.isModeratedMediation() ? "moderated mediation" : "moderation") + direction;
		}
		return "hypothesis";
	}

	private static String name(Construct construct) {
		return construct == null || construct.getName() == null ? "?" : construct.getName();
	}
}
