package org.framewright.ui.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.framewright.model.Construct;
import org.framewright.model.Expectation;
import org.framewright.model.ModerationDirection;

/**
 * What the palette asks the researcher while making a change: the kind and sign of a new hypothesis, a name, a
 * confirmation. The Studio asks with dialogs ({@link PaletteDialogs}); tests answer without them.
 */
public interface PaletteChoices {

	/** A new hypothesis between two constructs: a direct effect with its sign, or a mediation through a construct. */
	record HypothesisChoice(Expectation sign, Construct mediator) {
		public static HypothesisChoice direct(Expectation sign) {
			return new HypothesisChoice(sign, null);
		}

		public static HypothesisChoice mediatedBy(Construct mediator) {
			return new HypothesisChoice(null, mediator);
		}
	}

	/** A new construct's identifier and label. */
	record ConstructChoice(String name, String label) {
	}

	Optional<HypothesisChoice> hypothesis(Construct cause, Construct effect, List<Construct> possibleMediators);

	Optional<ModerationDirection> moderation(Construct moderator, String path);

	Optional<ConstructChoice> construct(String suggestedName);

	Optional<String> newName(String current);

	boolean confirmDelete(String what);

	Optional<Path> exportFile(String suggestedName);
}
