package org.framewright.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.framewright.dsl.ide.codeactions.FramewrightQuickfixes;
import org.framewright.dsl.ide.contentassist.FramewrightProposals;
import org.framewright.dsl.ide.hover.FramewrightHover;
import org.framewright.dsl.ide.symbols.FramewrightSymbolDetails;
import org.framewright.dsl.ide.symbols.FramewrightSymbolKinds;
import org.framewright.dsl.ide.symbols.FramewrightSymbolNames;

/**
 * The language server's services beyond the generated defaults. Diagnostics, definition, references, rename
 * (bound in the generated module), formatting (the runtime module's formatter) and hierarchical document symbols
 * come from Xtext; this module adds what the language says about its own elements.
 */
public class FramewrightIdeModule extends AbstractFramewrightIdeModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return FramewrightHover.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return FramewrightProposals.class;
	}

	/** Code actions are the quick fixes of the validator's issue codes. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return FramewrightQuickfixes.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return FramewrightSymbolNames.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return FramewrightSymbolKinds.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return FramewrightSymbolDetails.class;
	}
}
