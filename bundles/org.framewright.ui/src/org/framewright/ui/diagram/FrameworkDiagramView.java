package org.framewright.ui.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.part.ViewPart;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.FrameworkDiagram;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.scene.Point;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.editor.FrameworkEditorTracker;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.FrameworkSnapshot;
import org.framewright.ui.language.LspPositions;
import org.framewright.ui.language.ProblemMarkers;

/**
 * The framework diagram beside the editor, laid out by the diagram bundle and redrawn as the text changes. Clicking
 * a shape selects its declaration in the text; moving the caret highlights the shapes of what is written there;
 * problems are marked on their shapes; the palette on the tool bar changes the model, writing into the text.
 */
public final class FrameworkDiagramView extends ViewPart {

	private Canvas canvas;

	private FrameworkEditor editor;

	private Drawing drawing;

	private FrameworkSnapshot drawnFrom;

	private Set<String> highlighted = Set.of();

	private Map<String, DiagnosticSeverity> problems = Map.of();

	private Map<String, String> problemMessages = Map.of();

	private double zoom = 1;

	private DiagramOptions options = DiagramOptions.DEFAULTS.withTitle(false);

	private DiagramPalette palette;

	private Job layout;

	private final Consumer<FrameworkSnapshot> modelFollower = this::layOut;

	private final ISelectionChangedListener caretFollower = this::caretMoved;

	private final BiConsumer<String, List<Diagnostic>> problemFollower = (uri, diagnostics) -> {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(this::updateProblems);
		}
	};

	private FrameworkEditorTracker editors;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> updateScrollBars());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.MouseHover, this::hovered);
		palette = new DiagramPalette(this, new PaletteDialogs(parent.getShell()));
		fillToolBar(getViewSite().getActionBars().getToolBarManager());
		FramewrightUi.get().languageSession().client().addDiagnosticsListener(problemFollower);
		editors = new FrameworkEditorTracker(getSite().getPage(), this::follow);
	}

	private void fillToolBar(IToolBarManager toolBar) {
		palette.actions().forEach(toolBar::add);
		toolBar.add(new org.eclipse.jface.action.Separator());
		toolBar.add(ViewActions.action("Zoom in", "+", () -> setZoom(zoom * 1.25)));
		toolBar.add(ViewActions.action("Zoom out", "-", () -> setZoom(zoom / 1.25)));
		toolBar.add(ViewActions.action("Fit to view", "Fit", this::fit));
		toolBar.add(ViewActions.toggle("Show items", "Items", options.items(), on -> {
			options = options.withItems(on);
			layOut(editor == null ? null : editor.snapshot());
		}));
	}

	/** Shows the diagram of another editor's framework (null: none). */
	void follow(FrameworkEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.removeModelListener(modelFollower);
			editor.getSelectionProvider().removeSelectionChangedListener(caretFollower);
		}
		editor = next;
		drawing = null;
		drawnFrom = null;
		if (editor != null) {
			editor.addModelListener(modelFollower);
			if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider post) {
				post.addPostSelectionChangedListener(caretFollower);
			}
			editor.getSelectionProvider().addSelectionChangedListener(caretFollower);
			layOut(editor.snapshot());
		}
		canvas.redraw();
	}

	/** Lays the snapshot's framework out in the background and shows it when done. */
	private void layOut(FrameworkSnapshot snapshot) {
		if (snapshot == null || snapshot.framework() == null) {
			return;
		}
		DiagramOptions drawingOptions = options;
		if (layout != null) {
			layout.cancel(); // a newer text replaces the one waiting to be laid out
		}
		layout = Job.create("Laying out the framework diagram", monitor -> {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Drawing laidOut;
			try {
				laidOut = new FrameworkDiagram(DiagramFont.system()).draw(snapshot.framework(), drawingOptions);
			} catch (RuntimeException | DiagramFont.FontNotFoundException e) {
				// a half-typed framework may not lay out; keep the last diagram until the text is whole again
				return Status.OK_STATUS;
			}
			if (!canvas.isDisposed()) {
				canvas.getDisplay().asyncExec(() -> show(snapshot, laidOut));
			}
			return Status.OK_STATUS;
		});
		layout.setSystem(true);
		layout.schedule();
	}

	private void show(FrameworkSnapshot snapshot, Drawing laidOut) {
		if (canvas.isDisposed() || editor == null || snapshot != editor.snapshot()) {
			return;
		}
		boolean first = drawing == null;
		drawing = laidOut;
		drawnFrom = snapshot;
		if (first) {
			fit();
		}
		updateProblems();
		caretMoved(null);
		updateScrollBars();
		canvas.redraw();
	}

	private void updateProblems() {
		if (drawing == null || editor == null || canvas.isDisposed()) {
			return;
		}
		Map<String, DiagnosticSeverity> severities = new LinkedHashMap<>();
		Map<String, String> messages = new LinkedHashMap<>();
		org.eclipse.jface.text.Document drawnText = new org.eclipse.jface.text.Document(drawnFrom.text());
		for (Diagnostic diagnostic : editor.session().client().diagnostics(DocumentUris.of(editor.file()))) {
			if (diagnostic.getSeverity() == DiagnosticSeverity.Information || diagnostic.getSeverity() == DiagnosticSeverity.Hint) {
				continue;
			}
			int offset = LspPositions.offset(drawnText, diagnostic.getRange().getStart());
			for (String id : DiagramElements.shapesAt(drawnFrom, drawing, offset)) {
				severities.merge(id, diagnostic.getSeverity(), (a, b) -> a == DiagnosticSeverity.Error ? a : b);
				messages.merge(id, ProblemMarkers.message(diagnostic), (a, b) -> a + "\n" + b);
			}
		}
		problems = severities;
		problemMessages = messages;
		canvas.redraw();
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (editor == null || drawing == null || drawnFrom == null || !drawnFrom.text().equals(editor.document().get())) {
			return;
		}
		if (editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			Set<String> shapes = DiagramElements.shapesAt(drawnFrom, drawing, selection.getOffset());
			if (!shapes.equals(highlighted)) {
				highlighted = shapes;
				canvas.redraw();
			}
		}
	}

	private void paint(Event event) {
		GC gc = event.gc;
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(canvas.getClientArea());
		if (drawing == null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawString(editor == null ? "Open a .fwk file to see its diagram." : "Drawing the framework...", 12, 12);
			return;
		}
		Transform transform = new Transform(gc.getDevice());
		try {
			transform.translate(-canvas.getHorizontalBar().getSelection(), -canvas.getVerticalBar().getSelection());
			transform.scale((float) zoom, (float) zoom);
			gc.setTransform(transform);
			try (SwtDiagramCanvas target = new SwtDiagramCanvas(gc)) {
				new DiagramDecorations(gc, drawing).problems(problems);
				new org.framewright.diagram.render.DrawingPainter(target).paint(drawing);
				new DiagramDecorations(gc, drawing).highlight(highlighted, palette.pendingSource());
			}
			gc.setTransform(null);
		} finally {
			transform.dispose();
		}
	}

	private void clicked(Event event) {
		if (drawing == null || event.button != 1) {
			return;
		}
		Point point = toDrawing(event.x, event.y);
		Optional<String> hit = DiagramHits.at(drawing, point);
		if (palette.handleClick(hit)) {
			canvas.redraw();
			return;
		}
		hit.ifPresent(this::revealInText);
	}

	private void hovered(Event event) {
		if (drawing == null) {
			return;
		}
		Optional<String> hit = DiagramHits.at(drawing, toDrawing(event.x, event.y));
		String tip = hit.map(id -> {
			String description = drawing.node(id).map(n -> n.description()).orElseGet(() -> drawing.connector(id).map(c -> c.description()).orElse(""));
			String problem = problemMessages.get(id);
			return problem == null ? description : description + "\n" + problem;
		}).orElse(null);
		canvas.setToolTipText(tip);
	}

	/** Selects in the editor the declaration of what the shape stands for. */
	public void revealInText(String shapeId) {
		if (editor == null || drawnFrom == null) {
			return;
		}
		highlighted = Set.of(shapeId);
		Optional<EObject> element = DiagramElements.element(drawnFrom.framework(), drawing, shapeId);
		Optional<IRegion> region = element.flatMap(DiagramElements::nameRegion);
		region.ifPresent(r -> editor.selectAndReveal(r.getOffset(), r.getLength()));
		canvas.redraw();
	}

	Point toDrawing(int x, int y) {
		return new Point((x + canvas.getHorizontalBar().getSelection()) / zoom, (y + canvas.getVerticalBar().getSelection()) / zoom);
	}

	/** Where a point of the drawing is on the canvas, in canvas pixels (tests click there). */
	public org.eclipse.swt.graphics.Point toCanvas(Point point) {
		return new org.eclipse.swt.graphics.Point((int) Math.round(point.x() * zoom) - canvas.getHorizontalBar().getSelection(),
				(int) Math.round(point.y() * zoom) - canvas.getVerticalBar().getSelection());
	}

	private void setZoom(double value) {
		zoom = Math.max(0.1, Math.min(4, value));
		updateScrollBars();
		canvas.redraw();
	}

	private void fit() {
		if (drawing == null) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		if (area.width > 0 && area.height > 0) {
			zoom = Math.max(0.1, Math.min(1.5, Math.min(area.width / drawing.width(), area.height / drawing.height())));
		}
		updateScrollBars();
		canvas.redraw();
	}

	private void updateScrollBars() {
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		int width = drawing == null ? 0 : (int) Math.ceil(drawing.width() * zoom);
		int height = drawing == null ? 0 : (int) Math.ceil(drawing.height() * zoom);
		configure(canvas.getHorizontalBar(), width, area.width);
		configure(canvas.getVerticalBar(), height, area.height);
	}

	private static void configure(ScrollBar bar, int content, int visible) {
		bar.setMaximum(Math.max(content, 1));
		bar.setThumb(Math.max(1, Math.min(content, visible)));
		bar.setPageIncrement(Math.max(1, visible));
		bar.setVisible(content > visible);
		if (content <= visible) {
			bar.setSelection(0);
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		if (editors != null) {
			editors.dispose();
		}
		follow(null);
		if (FramewrightUi.get() != null) {
			FramewrightUi.get().languageSession().client().removeDiagnosticsListener(problemFollower);
		}
		super.dispose();
	}

	/** The editor whose framework is shown. */
	public FrameworkEditor editor() {
		return editor;
	}

	/** The drawing shown, or null before the first layout. */
	public Drawing drawing() {
		return drawing;
	}

	/** True once the shown drawing is of the editor's current model. */
	public boolean isUpToDate() {
		return editor != null && drawing != null && drawnFrom == editor.snapshot();
	}

	/** The ids of the shapes highlighted as the editor's selection. */
	public Set<String> highlighted() {
		return highlighted;
	}

	/** The ids of shapes marked with problems, and the worst severity of each. */
	public Map<String, DiagnosticSeverity> problems() {
		return problems;
	}

	public DiagramPalette palette() {
		return palette;
	}

	public Canvas canvas() {
		return canvas;
	}

	FrameworkSnapshot drawnFrom() {
		return drawnFrom;
	}
}
