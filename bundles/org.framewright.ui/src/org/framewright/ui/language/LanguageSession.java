package org.framewright.ui.language;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.framewright.dsl.ide.FramewrightIdeSetup;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * The Framewright language server (Xtext's, with the language's IDE services), running inside the Studio and
 * spoken to directly, without a wire: the editor is an LSP client like any other, so completion, diagnostics,
 * hover, rename, formatting and quick fixes are the same in the Studio as in VS Code. Each open project is a
 * workspace folder of the server, which indexes and validates every .fwk file in it.
 */
public final class LanguageSession {

	/** The language id documents are opened with. */
	public static final String LANGUAGE_ID = "framewright";

	private final LanguageServerImpl server;

	private final StudioLanguageClient client = new StudioLanguageClient();

	private final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();

	private final List<String> folders = new ArrayList<>();

	private LanguageSession(LanguageServerImpl server) {
		this.server = server;
	}

	/** Starts a server over the workspace's open projects and waits until it has initialized. */
	public static LanguageSession start() {
		registerLanguage();
		// the server finds languages with java.util.ServiceLoader, which does not cross OSGi bundles: hand it the
		// registry the language was registered in
		LanguageServerImpl server = Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE)))
				.getInstance(LanguageServerImpl.class);
		LanguageSession session = new LanguageSession(server);
		server.connect(session.client);
		InitializeParams params = new InitializeParams();
		List<WorkspaceFolder> initial = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null) {
				initial.add(folder(project));
				session.folders.add(initial.get(initial.size() - 1).getUri());
				for (WorkspaceFolder linked : linkedFolders(project)) {
					if (!session.folders.contains(linked.getUri())) {
						initial.add(linked);
						session.folders.add(linked.getUri());
					}
				}
			}
		}
		params.setWorkspaceFolders(initial);
		params.setCapabilities(capabilities());
		await(server.initialize(params));
		server.initialized(new InitializedParams());
		return session;
	}

	private static void registerLanguage() {
		if (!IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().containsKey("fwk")) {
			new FramewrightIdeSetup().createInjectorAndDoEMFRegistration();
		}
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		capabilities.setWorkspace(workspace);
		return capabilities;
	}

	/** The folders of the files a project links to (files opened from folders that cannot be projects). */
	private static List<WorkspaceFolder> linkedFolders(IProject project) {
		List<WorkspaceFolder> linked = new ArrayList<>();
		try {
			for (var member : project.members()) {
				if (member.isLinked() && member.getLocation() != null) {
					java.nio.file.Path parent = member.getLocation().toFile().toPath().getParent();
					linked.add(new WorkspaceFolder(DocumentUris.of(parent.toUri()), parent.toString()));
				}
			}
		} catch (org.eclipse.core.runtime.CoreException e) {
			// a project that cannot be read has no links to follow
		}
		return linked;
	}

	private static WorkspaceFolder folder(IProject project) {
		return new WorkspaceFolder(DocumentUris.of(project.getLocation().toFile().toURI()), project.getName());
	}

	/** Makes a project known to the server, so that its files are indexed and linked. */
	public synchronized void addProject(IProject project) {
		if (project.getLocation() != null) {
			add(folder(project));
		}
	}

	/** Makes a folder known to the server (for files opened as links from folders that cannot be projects). */
	public synchronized void addFolder(java.nio.file.Path path, String name) {
		add(new WorkspaceFolder(DocumentUris.of(path.toUri()), name));
	}

	private void add(WorkspaceFolder folder) {
		if (folders.contains(folder.getUri())) {
			return;
		}
		folders.add(folder.getUri());
		server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(List.of(folder), List.of())));
	}

	/** The server's text document services: completion, hover, definition, references, rename, formatting, ... */
	public TextDocumentService documents() {
		return server.getTextDocumentService();
	}

	/** Diagnostics as the server publishes them, the latest per document. */
	public StudioLanguageClient client() {
		return client;
	}

	public void open(URI file, String text) {
		String uri = DocumentUris.of(file);
		AtomicInteger version = versions.computeIfAbsent(uri, u -> new AtomicInteger());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, LANGUAGE_ID, version.incrementAndGet(), text)));
	}

	public void change(URI file, String text) {
		String uri = DocumentUris.of(file);
		AtomicInteger version = versions.computeIfAbsent(uri, u -> new AtomicInteger());
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version.incrementAndGet()),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	public void close(URI file) {
		server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new org.eclipse.lsp4j.TextDocumentIdentifier(DocumentUris.of(file))));
	}

	public void shutdown() {
		await(server.shutdown());
	}

	/** Waits for a request's answer; the language server answers in milliseconds, but a first build may take a few seconds. */
	public static <T> T await(CompletableFuture<T> answer) {
		try {
			return answer.get(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the language server", e);
		} catch (Exception e) {
			throw new IllegalStateException("the language server did not answer: " + e.getMessage(), e);
		}
	}
}
