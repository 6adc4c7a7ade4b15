package org.framewright.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextEdit;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.Drawing;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.dsl.ide.edit.FrameworkEdits;
import org.framewright.dsl.ide.edit.ModelEdit;
import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.editor.RenameHandler;
import org.framewright.ui.language.DocumentEdits;
import org.framewright.ui.language.FrameworkSnapshot;
import org.framewright.ui.diagram.PaletteChoices.ConstructChoice;
import org.framewright.ui.diagram.PaletteChoices.HypothesisChoice;

/**
 * The diagram's palette: add a construct, draw a hypothesis from one construct to another, add a moderator to an
 * arrow, delete, rename, export. Every change is a model change written into the .fwk text as one undoable edit
 * (the headless {@link FrameworkEdits} computes it), after which the diagram is drawn again from the text.
 */
public final class DiagramPalette {

	/** What a click on the canvas does. */
	public enum Tool {
		SELECT, HYPOTHESIS, MODERATOR
	}

	private final FrameworkDiagramView view;

	private PaletteChoices choices;

	private Tool tool = Tool.SELECT;

	private String pendingSource;

	private final IAction hypothesisTool;

	private final IAction moderatorTool;

	DiagramPalette(FrameworkDiagramView view, PaletteChoices choices) {
		this.view = view;
		this.choices = choices;
		this.hypothesisTool = ViewActions.toggle("Draw a hypothesis: click the cause, then the effect", "Hypothesis", false,
				on -> use(on ? Tool.HYPOTHESIS : Tool.SELECT));
		this.moderatorTool = ViewActions.toggle("Add a moderator: click the moderating construct, then the arrow it moderates", "Moderator", false,
				on -> use(on ? Tool.MODERATOR : Tool.SELECT));
	}

	List<IAction> actions() {
		return List.of(ViewActions.action("Add a construct", "Construct", this::addConstruct), hypothesisTool, moderatorTool,
				ViewActions.action("Delete the selected construct, control or hypothesis", "Delete", this::deleteSelected),
				ViewActions.action("Rename the selected element everywhere", "Rename", this::renameSelected),
				ViewActions.action("Export the diagram as SVG, PNG, PDF or TikZ", "Export", this::export));
	}

	/** Lets tests answer the palette's questions. */
	public void setChoices(PaletteChoices choices) {
		this.choices = choices;
	}

	public void use(Tool next) {
		tool = next;
		pendingSource = null;
		hypothesisTool.setChecked(next == Tool.HYPOTHESIS);
		moderatorTool.setChecked(next == Tool.MODERATOR);
	}

	public Tool tool() {
		return tool;
	}

	String pendingSource() {
		return pendingSource;
	}

	/** A click on the canvas with a tool in hand: the first picks the source, the second makes the change. */
	boolean handleClick(Optional<String> hit) {
		if (tool == Tool.SELECT) {
			return false;
		}
		if (hit.isEmpty()) {
			pendingSource = null;
			return true;
		}
		String id = hit.get();
		if (pendingSource == null) {
			if (construct(id).isPresent()) {
				pendingSource = id;
			}
			return true;
		}
		String source = pendingSource;
		pendingSource = null;
		if (tool == Tool.HYPOTHESIS) {
			construct(id).ifPresent(effect -> drawHypothesis(construct(source).orElseThrow(), effect));
		} else if (view.drawing().connector(id).isPresent()) {
			moderate(construct(source).orElseThrow(), view.drawing().connector(id).get());
		}
		use(Tool.SELECT);
		return true;
	}

	private Optional<Construct> construct(String shapeId) {
		FrameworkSnapshot snapshot = view.drawnFrom();
		if (snapshot == null || !shapeId.startsWith("construct-")) {
			return Optional.empty();
		}
		return DiagramElements.element(snapshot.framework(), view.drawing(), shapeId).filter(Construct.class::isInstance).map(Construct.class::cast);
	}

	private void drawHypothesis(Construct cause, Construct effect) {
		if (cause == effect) {
			return;
		}
		Framework framework = (Framework) cause.eContainer();
		List<Construct> mediators = framework.getConstructs().stream().filter(c -> c != cause && c != effect).toList();
		Optional<HypothesisChoice> choice = choices.hypothesis(cause, effect, mediators);
		choice.ifPresent(c -> apply(() -> c.mediator() == null ? FrameworkEdits.addDirectEffect(framework, cause, effect, c.sign(), document())
				: FrameworkEdits.addMediation(framework, cause, c.mediator(), effect, document())));
	}

	private void moderate(Construct moderator, Connector arrow) {
		Framework framework = (Framework) moderator.eContainer();
		Optional<Construct> cause = construct(arrow.sourceId());
		Optional<Construct> effect = construct(arrow.targetId());
		if (cause.isEmpty() || effect.isEmpty() || moderator == cause.get() || moderator == effect.get()) {
			return;
		}
		choices.moderation(moderator, cause.get().getName() + " -> " + effect.get().getName())
				.ifPresent(direction -> apply(() -> FrameworkEdits.addModeration(framework, moderator, cause.get(), effect.get(), direction, document())));
	}

	/** Adds a construct after the last one. */
	public void addConstruct() {
		FrameworkSnapshot snapshot = snapshot();
		if (snapshot == null || snapshot.framework() == null) {
			return;
		}
		Framework framework = snapshot.framework();
		Optional<ConstructChoice> choice = choices.construct(FrameworkEdits.freeConstructName(framework, "C"));
		choice.ifPresent(c -> apply(() -> FrameworkEdits.addConstruct(framework, c.name(), c.label(), document())));
	}

	/** Deletes what is selected in the diagram: a construct (with the hypotheses that need it), a control or a hypothesis. */
	public void deleteSelected() {
		selectedElement().ifPresent(element -> {
			String what = element.eClass().getName().toLowerCase() + " " + element.eGet(element.eClass().getEStructuralFeature("name"));
			if (choices.confirmDelete(what)) {
				apply(() -> FrameworkEdits.delete(element, document()));
			}
		});
	}

	/** Renames what is selected in the diagram, everywhere it is referred to. */
	public void renameSelected() {
		FrameworkEditor editor = view.editor();
		selectedElement().ifPresent(element -> {
			Optional<IRegion> name = DiagramElements.nameRegion(element);
			String current = String.valueOf(element.eGet(element.eClass().getEStructuralFeature("name")));
			Optional<String> next = choices.newName(current);
			if (name.isPresent() && next.isPresent() && !next.get().equals(current)) {
				try {
					RenameHandler.rename(editor, name.get().getOffset(), next.get());
					editor.reparseNow();
				} catch (IOException | org.eclipse.core.runtime.CoreException | RuntimeException e) {
					error("Could not rename " + current + ": " + e.getMessage());
				}
			}
		});
	}

	/** Writes the shown diagram to a file; the format follows the file's extension. */
	public void export() {
		Drawing drawing = view.drawing();
		FrameworkSnapshot snapshot = view.drawnFrom();
		if (drawing == null || snapshot == null) {
			return;
		}
		String suggested = snapshot.framework().getName() + "-diagram.svg";
		choices.exportFile(suggested).ifPresent(file -> {
			String name = file.getFileName().toString();
			String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
			Optional<DiagramFormat> format = List.of(DiagramFormat.values()).stream().filter(f -> f.extension().equals(extension)).findFirst();
			if (format.isEmpty()) {
				error("Choose a file ending in .svg, .png, .pdf or .tex.");
				return;
			}
			try {
				byte[] bytes = format.get().renderer(DiagramFont.system(), DiagramFormat.DEFAULT_DPI).render(drawing);
				Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".tmp");
				Files.write(temporary, bytes);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException | DiagramFont.FontNotFoundException | RuntimeException e) {
				error("Could not export the diagram to " + file + ": " + e.getMessage());
			}
		});
	}

	/** The model element of the shape selected in the diagram (the one the editor's caret is on, or the last clicked). */
	public Optional<EObject> selectedElement() {
		FrameworkSnapshot snapshot = view.drawnFrom();
		if (snapshot == null || view.highlighted().isEmpty()) {
			return Optional.empty();
		}
		return DiagramElements.element(snapshot.framework(), view.drawing(), view.highlighted().iterator().next());
	}

	private void apply(java.util.function.Supplier<ModelEdit> edit) {
		FrameworkEditor editor = view.editor();
		try {
			List<TextEdit> edits = edit.get().edits();
			DocumentEdits.apply(editor.document(), edits);
			editor.reparseNow();
		} catch (IllegalArgumentException e) {
			error(e.getMessage());
		}
	}

	private FrameworkSnapshot snapshot() {
		return view.editor() == null ? null : view.editor().snapshot();
	}

	private org.eclipse.xtext.ide.server.Document document() {
		return new org.eclipse.xtext.ide.server.Document(1, view.editor().document().get());
	}

	private void error(String message) {
		MessageDialog.openError(view.getSite().getShell(), "Diagram", message);
	}
}
