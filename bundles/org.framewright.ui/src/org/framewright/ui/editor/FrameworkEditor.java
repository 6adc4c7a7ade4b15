package org.framewright.ui.editor;

import java.net.URI;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.language.FrameworkSnapshot;
import org.framewright.ui.language.LanguageSession;

/**
 * The editor of .fwk files: a text editor whose language knowledge all comes from the Framewright language server
 * (completion, diagnostics, hover, definition, references, rename, formatting, quick fixes, outline, folding),
 * plus the parsed model for semantic colouring and the diagram view.
 */
public final class FrameworkEditor extends TextEditor {

	/** The key-binding context of the editor (F3, Alt+Shift+R, Ctrl+Shift+F, Ctrl+Shift+G). */
	public static final String CONTEXT = "org.framewright.ui.editorScope";

	private EditorModel model;

	private FrameworkOutlinePage outline;

	private FoldingStructure folding;

	private SemanticHighlighting semanticHighlighting;

	private final Consumer<FrameworkSnapshot> modelFollower = this::modelChanged;

	public FrameworkEditor() {
		setSourceViewerConfiguration(new FrameworkViewerConfiguration(this));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		disconnect();
		super.doSetInput(input);
		URI file = fileOf(input);
		if (file != null) {
			model = new EditorModel(file, getDocumentProvider().getDocument(input), session());
			model.addListener(modelFollower);
		}
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		folding = new FoldingStructure(this, viewer);
		semanticHighlighting = new SemanticHighlighting(viewer);
		if (model != null) {
			modelChanged(model.snapshot());
		}
	}

	private void modelChanged(FrameworkSnapshot snapshot) {
		if (semanticHighlighting != null) {
			semanticHighlighting.update(snapshot);
		}
		if (folding != null) {
			folding.update();
		}
		if (outline != null) {
			outline.update();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new FrameworkOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	static URI fileOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			IFile file = fileInput.getFile();
			return file.getLocationURI();
		}
		if (input instanceof IURIEditorInput uriInput) {
			return uriInput.getURI();
		}
		return null;
	}

	public LanguageSession session() {
		return FramewrightUi.get().languageSession();
	}

	/** The file being edited, as the language server names it. */
	public URI file() {
		return model == null ? null : model.file();
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** The model of the text as last parsed (a short pause after typing, or {@link #reparseNow()}). */
	public FrameworkSnapshot snapshot() {
		return model == null ? null : model.snapshot();
	}

	/** Parses the text now and tells every listener, without waiting for the pause after typing. */
	public void reparseNow() {
		if (model != null) {
			model.reparseNow();
		}
	}

	/** Called on the UI thread with each new model of the text. */
	public void addModelListener(Consumer<FrameworkSnapshot> listener) {
		if (model != null) {
			model.addListener(listener);
		}
	}

	public void removeModelListener(Consumer<FrameworkSnapshot> listener) {
		if (model != null) {
			model.removeListener(listener);
		}
	}

	/** Completion as Ctrl+Space computes it: the language server's proposals at an offset. */
	public org.eclipse.jface.text.contentassist.IContentAssistProcessor completion() {
		return new CompletionProcessor(this);
	}

	/** Quick fixes as Ctrl+1 computes them: the language server's code actions for the problems of a line. */
	public QuickFixProcessor quickFixes() {
		return new QuickFixProcessor(this);
	}

	/** The source viewer, for the views that follow or drive the editor's selection. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	private void disconnect() {
		if (model != null) {
			model.removeListener(modelFollower);
			model.dispose();
			model = null;
		}
	}

	@Override
	public void dispose() {
		disconnect();
		super.dispose();
	}
}
