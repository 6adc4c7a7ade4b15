package org.framewright.diagram.layout;

import java.util.List;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationType;
import org.framewright.model.Moderation;
import org.framewright.model.ModerationDirection;

/**
 * A framework in words, for the accessible title and description of its diagram: what a screen reader says in
 * place of the figure, and what a sighted reader sees as a tooltip.
 */
final class FrameworkDescription {

	private FrameworkDescription() {
	}

	static String title(Framework framework) {
		return "Conceptual framework: " + FrameworkGraphBuilder.titleOf(framework.getTitle(), framework.getName());
	}

	static String of(Framework framework) {
		StringBuilder text = new StringBuilder();
		List<Construct> constructs = framework.getConstructs();
		text.append(constructs.size() == 1 ? "One construct: " : constructs.size() + " constructs: ");
		text.append(String.join(", ", constructs.stream().map(FrameworkDescription::construct).toList())).append('.');
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			text.append(' ').append(of(hypothesis));
		}
		if (!framework.getControls().isEmpty()) {
			text.append(" Controls: ")
					.append(String.join(", ", framework.getControls().stream().map(c -> FrameworkGraphBuilder.titleOf(c.getTitle(), c.getName())).toList()))
					.append('.');
		}
		return text.toString();
	}

	static String construct(Construct construct) {
		String title = construct.getTitle();
		return title == null || title.isBlank() || title.equals(construct.getName()) ? construct.getName()
				: title + " (" + construct.getName() + ")";
	}

	/** "H1: MO → IP, expected positive." */
	static String of(Hypothesis hypothesis) {
		String body;
		if (hypothesis instanceof DirectEffect direct) {
			body = name(direct.getCause()) + " \u2192 " + name(direct.getEffect()) + expectation(direct);
		} else if (hypothesis instanceof Mediation mediation) {
			body = String.join(" \u2192 ", mediation.getChain().stream().map(FrameworkDescription::name).toList())
					+ (mediation.getType() == MediationType.UNSPECIFIED ? ", mediation" : ", " + mediation.getType().getLiteral() + " mediation");
		} else if (hypothesis instanceof Moderation moderation) {
			body = name(moderation.getModerator()) + " moderates " + name(org.framewright.model.structure.StructuralModel.moderatedCause(moderation))
					+ " \u2192 " + name(org.framewright.model.structure.StructuralModel.moderatedEffect(moderation))
					+ (moderation.getDirection() == ModerationDirection.UNSPECIFIED ? "" : ", " + moderation.getDirection().getLiteral() + " it");
		} else {
			body = "";
		}
		return hypothesis.getName() + ": " + body + ".";
	}

	private static String expectation(DirectEffect direct) {
		return switch (direct.getExpectation()) {
			case POSITIVE -> ", expected positive";
			case NEGATIVE -> ", expected negative";
			case INVERTED_U -> ", expected inverted U-shaped";
			case USHAPED -> ", expected U-shaped";
			case NONDIRECTIONAL -> ", no direction stated";
		};
	}

	private static String name(Construct construct) {
		return construct == null || construct.eIsProxy() ? "?" : construct.getName();
	}
}
