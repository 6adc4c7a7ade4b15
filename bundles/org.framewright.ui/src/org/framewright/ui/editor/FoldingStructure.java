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

	/** The folding annotations shown, by the region they fold; kept across updates so folded regions stay folded. */
	private final Map<LineSpan, Annotation> current = new HashMap<>();

	/** A foldable region by its first and last line (document positions move as the text changes; lines are the key). */
	private record LineSpan(int first, int last) {
	}

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
		Map<LineSpan, Annotation> wanted = new HashMap<>();
		Map<LineSpan, Position> regions = new HashMap<>();
		for (FoldingRange range : ranges == null ? List.<FoldingRange>of() : ranges) {
			try {
				if (range.getEndLine() <= range.getStartLine() || range.getEndLine() >= document.getNumberOfLines()) {
					continue;
				}
				int start = document.getLineOffset(range.getStartLine());
				int end = document.getLineOffset(range.getEndLine()) + document.getLineLength(range.getEndLine());
				LineSpan span = new LineSpan(range.getStartLine(), range.getEndLine());
				regions.put(span, new Position(start, end - start));
				wanted.put(span, current.containsKey(span) ? current.get(span) : new ProjectionAnnotation());
			} catch (BadLocationException e) {
				// a range of an older text: skip it, the next update brings the right ones
			}
		}
		List<Annotation> deletions = current.entrySet().stream().filter(e -> !wanted.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
		Map<Annotation, Position> additions = new HashMap<>();
		wanted.forEach((span, annotation) -> {
			if (!current.containsKey(span)) {
				additions.put(annotation, regions.get(span));
			}
		});
		if (!deletions.isEmpty() || !additions.isEmpty()) {
			model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
		}
		current.clear();
		current.putAll(wanted);
	}
}
