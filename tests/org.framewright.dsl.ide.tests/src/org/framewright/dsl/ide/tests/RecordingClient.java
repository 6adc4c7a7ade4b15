package org.framewright.dsl.ide.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of the tests: records the diagnostics the server publishes, the latest per document.
 */
final class RecordingClient implements LanguageClient {

	/** How long a test waits for the server to publish; the first build of a workspace takes a few seconds. */
	private static final long TIMEOUT_MILLIS = 30_000;

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(key(params.getUri()), params.getDiagnostics());
		notifyAll();
	}

	/** Waits until the latest diagnostics of a document satisfy the condition, and returns them. */
	synchronized List<Diagnostic> awaitDiagnostics(String document, Predicate<List<Diagnostic>> condition) {
		String uri = key(document);
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (diagnostics.get(uri) == null || !condition.test(diagnostics.get(uri))) {
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				throw new AssertionError("no diagnostics as expected for " + uri + "; latest: " + diagnostics.get(uri));
			}
			try {
				wait(left);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		return diagnostics.get(uri);
	}

	/** Forgets what was published for a document, so that the next wait sees only newer diagnostics. */
	synchronized void forget(String uri) {
		diagnostics.remove(key(uri));
	}

	/** file:/x and file:///x name the same file; servers and clients differ in which they write. */
	private static String key(String uri) {
		return uri.replaceFirst("^file:///", "file:/");
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams params) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams params) {
	}
}
