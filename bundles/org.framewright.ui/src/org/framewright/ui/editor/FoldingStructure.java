package org.framewright.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;

/** Folding: the regions the language server says can fold (construct bodies, long comments, hypotheses). */
final class FoldingStructure {

	private final FrameworkEditor editor;

	private final ProjectionViewer viewer;

	private Annotation[] current = new Annotation[0];

	FoldingStructure(FrameworkEditor editor, ProjectionViewer viewer) {
		this.editor = editor;
		this.viewer = viewer;
	}

	void update() {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = viewer.getDocument();
		if (model == null || document == null || editor.file() == null) {
			return;
		}
		List<FoldingRange> ranges = LanguageSession.await(editor.session().documents()
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())))));
		Map<Annotation, Position> additions = new HashMap<>();
		for (FoldingRange range : ranges == null ? List.<FoldingRange>of() : ranges) {
			try {
				if (range.getEndLine() <= range.getStartLine() || range.getEndLine() >= document.getNumberOfLines()) {
					continue;
				}
				int start = document.getLineOffset(range.getStartLine());
				int end = document.getLineOffset(range.getEndLine()) + document.getLineLength(range.getEndLine());
				additions.put(new ProjectionAnnotation(), new Position(start, end - start));
			} catch (BadLocationException e) {
				// a range of an older text: skip it, the next update brings the right ones
			}
		}
		model.modifyAnnotations(current, additions, null);
		current = additions.keySet().toArray(Annotation[]::new);
	}
}
