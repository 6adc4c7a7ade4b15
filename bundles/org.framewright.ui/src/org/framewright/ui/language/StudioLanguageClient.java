package org.framewright.ui.language;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.framewright.ui.FramewrightUi;

/**
 * The Studio's side of the language server: keeps the latest diagnostics of every document and tells the
 * listeners (problem markers, editors) when they change. Called on the server's threads.
 */
public final class StudioLanguageClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	private final List<BiConsumer<String, List<Diagnostic>>> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		String uri = DocumentUris.normal(params.getUri());
		diagnostics.put(uri, List.copyOf(params.getDiagnostics()));
		for (BiConsumer<String, List<Diagnostic>> listener : listeners) {
			listener.accept(uri, params.getDiagnostics());
		}
	}

	/** The latest diagnostics of a document (normalised URI), empty if none were published. */
	public List<Diagnostic> diagnostics(String uri) {
		return diagnostics.getOrDefault(DocumentUris.normal(uri), List.of());
	}

	/** Every document's latest diagnostics. */
	public Map<String, List<Diagnostic>> allDiagnostics() {
		return Map.copyOf(diagnostics);
	}

	/** Called with a document's URI and its diagnostics, each time the server publishes them. */
	public void addDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
		listeners.add(listener);
	}

	public void removeDiagnosticsListener(BiConsumer<String, List<Diagnostic>> listener) {
		listeners.remove(listener);
	}

	@Override
	public void telemetryEvent(Object object) {
		// the Studio collects no telemetry
	}

	@Override
	public void showMessage(MessageParams message) {
		FramewrightUi.log(message.getMessage(), null);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// the server's log lines stay out of the user's way
	}
}
