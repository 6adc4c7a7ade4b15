package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.framewright.ui.language.DocumentEdits;

/** One quick fix of a problem: a title and the edits that make it, applied as one undoable change. */
public final class QuickFix implements ICompletionProposal {

	private final String title;

	private final List<TextEdit> edits;

	private final IDocument document;

	private final IRegion problem;

	QuickFix(String title, List<TextEdit> edits, IDocument document, IRegion problem) {
		this.title = title;
		this.edits = List.copyOf(edits);
		this.document = document;
		this.problem = problem;
	}

	@Override
	public void apply(IDocument target) {
		DocumentEdits.apply(document, edits);
	}

	@Override
	public Point getSelection(IDocument target) {
		return new Point(problem.getOffset(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return title;
	}

	@Override
	public String getDisplayString() {
		return title;
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
