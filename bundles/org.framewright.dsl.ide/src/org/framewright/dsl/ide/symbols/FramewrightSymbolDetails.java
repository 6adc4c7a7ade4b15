package org.framewright.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.framewright.dsl.ide.hover.HypothesisNotation;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.model.Group;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;
import org.framewright.model.Scale;
import org.framewright.model.Theory;

/**
 * The outline's second line: what the researcher wrote after the ID (title, wording, the hypothesised path).
 */
public class FramewrightSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		if (object == null) {
			return super.getDetails(object);
		}
		String details = switch (object) {
			case Framework framework -> framework.getTitle();
			case Construct construct -> construct.getTitle();
			case Item item -> item.getWording();
			case Hypothesis hypothesis -> HypothesisNotation.of(hypothesis);
			case Scale scale -> scale.getTitle();
			case Theory theory -> theory.getTitle();
			case Control control -> control.getTitle();
			case Group group -> group.getTitle();
			default -> null;
		};
		return details == null ? super.getDetails(object) : details;
	}
}
