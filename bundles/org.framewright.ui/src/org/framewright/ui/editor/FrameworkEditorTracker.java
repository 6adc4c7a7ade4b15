package org.framewright.ui.editor;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells a view which .fwk editor it shows: the one active when it starts, then each one activated, and null when
 * that editor closes. Views that follow the text (the diagram, the questionnaire preview) share it.
 */
public final class FrameworkEditorTracker implements IPartListener2 {

	private final IWorkbenchPage page;

	private final Consumer<FrameworkEditor> changed;

	private FrameworkEditor current;

	/** Starts tracking; {@code changed} is called at once with the active .fwk editor, if there is one. */
	public FrameworkEditorTracker(IWorkbenchPage page, Consumer<FrameworkEditor> changed) {
		this.page = page;
		this.changed = changed;
		page.addPartListener(this);
		if (page.getActiveEditor() instanceof FrameworkEditor active) {
			show(active);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof FrameworkEditor activated) {
			show(activated);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (current != null && reference.getPart(false) == current) {
			show(null);
		}
	}

	private void show(FrameworkEditor next) {
		if (next != current) {
			current = next;
			changed.accept(next);
		}
	}

	public void dispose() {
		page.removePartListener(this);
	}
}
