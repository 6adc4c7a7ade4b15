package org.framewright.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Serves the Framewright language over the Language Server Protocol on a pair of streams (stdio for
 * {@code framewright lsp}).
 */
public final class FramewrightLanguageServer {

	private FramewrightLanguageServer() {
	}

	/** Starts a server on the streams and returns when the client has closed the connection. */
	public static void serve(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
		Future<Void> listening = start(in, out);
		listening.get();
	}

	/** Starts a server on the streams; the future completes when the connection closes. */
	public static Future<Void> start(InputStream in, OutputStream out) {
		FramewrightServerSetup.register();
		Injector injector = Guice.createInjector(new ServerModule());
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
