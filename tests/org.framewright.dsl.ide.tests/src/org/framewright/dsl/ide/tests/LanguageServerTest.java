package org.framewright.dsl.ide.tests;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.framewright.dsl.ide.server.FramewrightLanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that speak the Language Server Protocol: a server started as {@code framewright lsp} starts
 * it, on a pair of pipes, and an LSP4J client on the other ends, over a temporary workspace holding the examples.
 */
abstract class LanguageServerTest {

	/** The repository's examples, relative to the test bundle (the working directory of its tests). */
	static final Path EXAMPLES = Path.of("../../examples");

	static final String PARTNERSHIPS = "sme-partnerships.fwk";

	@TempDir
	Path workspace;

	RecordingClient client;

	LanguageServer server;

	private Pipe toServer;

	private Pipe toClient;

	private Future<Void> serverListening;

	private Future<Void> clientListening;

	private int version = 1;

	@BeforeEach
	void connect() throws Exception {
		for (String example : List.of(PARTNERSHIPS, "sme-alliances.fwk")) {
			Files.copy(EXAMPLES.resolve(example), workspace.resolve(example));
		}
		toServer = Pipe.open();
		toClient = Pipe.open();
		serverListening = FramewrightLanguageServer.start(Channels.newInputStream(toServer.source()),
				Channels.newOutputStream(toClient.sink()));
		client = new RecordingClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, Channels.newInputStream(toClient.source()),
				Channels.newOutputStream(toServer.sink()));
		clientListening = launcher.startListening();
		server = launcher.getRemoteProxy();

		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(workspace), "workspace")));
		params.setRootUri(uri(workspace));
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		params.setCapabilities(capabilities);
		await(server.initialize(params));
		server.initialized(new InitializedParams());
		// the first build publishes the files' diagnostics; wait for it, so later waits see only newer ones
		for (String example : List.of(PARTNERSHIPS, "sme-alliances.fwk")) {
			diagnostics(example);
		}
	}

	@AfterEach
	void disconnect() throws Exception {
		// no 'exit': Xtext's server ends the process on exit, and this process runs the remaining tests
		await(server.shutdown());
		// closing the pipes ends both sides' listening at the end of the stream
		toServer.sink().close();
		serverListening.get(30, TimeUnit.SECONDS);
		toClient.sink().close();
		clientListening.get(30, TimeUnit.SECONDS);
	}

	/** The URI of a file as the server names it. */
	String uri(Path path) {
		return path.toUri().toString();
	}

	String uriOf(String file) {
		return uri(workspace.resolve(file));
	}

	String textOf(String file) throws IOException {
		return Files.readString(workspace.resolve(file));
	}

	TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(uriOf(file));
	}

	/** Opens a document in the editor with the given text (which need not be what the file holds). */
	void open(String file, String text) {
		client.forget(uriOf(file));
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uriOf(file), "framewright", version++, text)));
	}

	/** Replaces the whole text of an open document, as an editor does after applying edits. */
	void change(String file, String text) {
		client.forget(uriOf(file));
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uriOf(file), version++),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The diagnostics of a file once the server has published them. */
	List<Diagnostic> diagnostics(String file) {
		return client.awaitDiagnostics(uriOf(file), all -> true);
	}

	static List<Diagnostic> withCode(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
	}

	/** A diagnostic's message as plain text (LSP 3.18 allows Markdown there too). */
	static String message(Diagnostic diagnostic) {
		var message = diagnostic.getMessage();
		return message.isLeft() ? message.getLeft() : message.getRight().getValue();
	}

	static <T> T await(CompletableFuture<T> request) throws Exception {
		return request.get(30, TimeUnit.SECONDS);
	}
}
