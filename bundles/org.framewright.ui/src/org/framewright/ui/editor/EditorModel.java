package org.framewright.ui.editor;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.language.FrameworkSnapshot;
import org.framewright.ui.language.LanguageSession;

/**
 * Keeps an editor's document, the language server and the parsed model in step: every change is sent to the server
 * (which publishes diagnostics) and, after a short pause in typing, parsed into a new {@link FrameworkSnapshot} that
 * the listeners (diagram, outline, semantic colouring, folding) receive on the UI thread.
 */
final class EditorModel implements IDocumentListener {

	/** How long typing must pause before the model is parsed again, in milliseconds. */
	private static final long PAUSE_MILLIS = 250;

	private final URI file;

	private final IDocument document;

	private final LanguageSession session;

	private final List<Consumer<FrameworkSnapshot>> listeners = new CopyOnWriteArrayList<>();

	private final Job parsing;

	private volatile FrameworkSnapshot snapshot;

	EditorModel(URI file, IDocument document, LanguageSession session) {
		this.file = file;
		this.document = document;
		this.session = session;
		this.parsing = Job.create("Parsing " + file.getPath(), this::parse);
		parsing.setSystem(true);
		session.open(file, document.get());
		snapshot = FrameworkSnapshot.parse(file, document.get());
		document.addDocumentListener(this);
	}

	URI file() {
		return file;
	}

	IDocument document() {
		return document;
	}

	FrameworkSnapshot snapshot() {
		return snapshot;
	}

	void addListener(Consumer<FrameworkSnapshot> listener) {
		listeners.add(listener);
	}

	void removeListener(Consumer<FrameworkSnapshot> listener) {
		listeners.remove(listener);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// only the change itself matters
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		session.change(file, document.get());
		parsing.cancel();
		parsing.schedule(PAUSE_MILLIS);
	}

	/** Parses the document now and tells the listeners, without waiting for a pause (tests, palette edits). */
	void reparseNow() {
		parsing.cancel();
		publish(FrameworkSnapshot.parse(file, document.get()));
	}

	private IStatus parse(IProgressMonitor monitor) {
		String[] text = new String[1];
		Display display = Display.getDefault();
		display.syncExec(() -> text[0] = document.get());
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			FrameworkSnapshot parsed = FrameworkSnapshot.parse(file, text[0]);
			display.asyncExec(() -> {
				if (parsed.text().equals(document.get())) {
					publish(parsed);
				}
			});
		} catch (RuntimeException e) {
			FramewrightUi.log("Could not parse " + file, e);
		}
		return Status.OK_STATUS;
	}

	private void publish(FrameworkSnapshot parsed) {
		snapshot = parsed;
		for (Consumer<FrameworkSnapshot> listener : listeners) {
			listener.accept(parsed);
		}
	}

	void dispose() {
		document.removeDocumentListener(this);
		parsing.cancel();
		session.close(file);
	}
}
