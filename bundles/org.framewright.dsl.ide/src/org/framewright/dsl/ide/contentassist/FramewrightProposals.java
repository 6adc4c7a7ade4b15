package org.framewright.dsl.ide.contentassist;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;

/**
 * Proposes references as researchers write them: by their ID within the framework ({@code SP}), not also by their
 * qualified name ({@code SmePartnerships.SP}), which the scope offers as well.
 */
public class FramewrightProposals extends IdeContentProposalProvider {

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> inherited = super.getCrossrefFilter(reference, context);
		return description -> description.getName().getSegmentCount() == 1 && inherited.apply(description);
	}
}
