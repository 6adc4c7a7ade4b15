package org.framewright.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;

/** Completion (Ctrl+Space): the language server's proposals, each replacing the range the server names. */
final class CompletionProcessor implements IContentAssistProcessor {

	private final FrameworkEditor editor;

	CompletionProcessor(FrameworkEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())), LspPositions.position(document, offset));
		Either<List<CompletionItem>, CompletionList> answer = LanguageSession.await(editor.session().documents().completion(params));
		List<CompletionItem> items = answer == null ? List.of() : answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : items) {
			proposals.add(proposal(document, offset, item));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) {
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		int start = offset;
		int length = 0;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			IRegion region = LspPositions.region(document, edit.getRange());
			start = region.getOffset();
			length = Math.max(region.getLength(), offset - start);
			text = edit.getNewText();
		}
		String shown = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " - " + item.getDetail();
		String documentation = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
		return new CompletionProposal(text, start, length, text.length(), null, shown, null, documentation);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { ':' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
