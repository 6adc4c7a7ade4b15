package org.framewright.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.framewright.ui.UiIds;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;
import org.framewright.ui.language.WorkspaceEdits;

/**
 * Quick fixes (Ctrl+1 on a problem): the code actions the language server offers for the diagnostics on the
 * caret's line, e.g. "Add hypothesis H6: MO -> AL positive" for a mediation whose a-path no hypothesis states.
 */
public final class QuickFixProcessor implements IQuickAssistProcessor {

	private final FrameworkEditor editor;

	public QuickFixProcessor(FrameworkEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		try {
			return annotation instanceof MarkerAnnotation marker && marker.getMarker().isSubtypeOf(UiIds.PROBLEM_MARKER);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return fixesAt(context.getOffset()).toArray(ICompletionProposal[]::new);
	}

	/** The fixes of every problem on the line of the offset. */
	public List<QuickFix> fixesAt(int offset) {
		IDocument document = editor.document();
		int line = LspPositions.position(document, offset).getLine();
		String uri = DocumentUris.of(editor.file());
		List<QuickFix> fixes = new ArrayList<>();
		for (Diagnostic diagnostic : editor.session().client().diagnostics(uri)) {
			if (diagnostic.getRange().getStart().getLine() > line || diagnostic.getRange().getEnd().getLine() < line) {
				continue;
			}
			CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
			List<Either<Command, CodeAction>> actions = LanguageSession.await(editor.session().documents().codeAction(params));
			for (Either<Command, CodeAction> action : actions == null ? List.<Either<Command, CodeAction>>of() : actions) {
				if (action.isRight() && action.getRight().getEdit() != null) {
					List<TextEdit> edits = WorkspaceEdits.byDocument(action.getRight().getEdit()).getOrDefault(uri, List.of());
					if (!edits.isEmpty()) {
						IRegion at = LspPositions.region(document, diagnostic.getRange());
						fixes.add(new QuickFix(action.getRight().getTitle(), edits, document, at));
					}
				}
			}
		}
		return fixes;
	}
}
