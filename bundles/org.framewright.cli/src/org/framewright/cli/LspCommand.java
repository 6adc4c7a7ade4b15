package org.framewright.cli;

import java.io.PrintStream;

import org.framewright.dsl.ide.server.FramewrightLanguageServer;

/**
 * {@code framewright lsp}: the language server, speaking the Language Server Protocol over stdin and stdout.
 */
final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String summary() {
		return "run the language server (LSP over stdio) for editors";
	}

	@Override
	public String help() {
		return """
				Usage: framewright lsp

				Speaks the Language Server Protocol over standard input and output: diagnostics,
				completion, hover, outline, go to definition, references, rename, formatting and
				quick fixes for .fwk files. Editors start it; it ends when the editor disconnects.
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		if (!arguments.operands().isEmpty()) {
			throw new Arguments.UsageException("lsp takes no operands.");
		}
		try {
			FramewrightLanguageServer.serve(System.in, System.out);
			return Main.OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Main.OK;
		} catch (java.util.concurrent.ExecutionException e) {
			err.println("framewright lsp: the connection failed (" + e.getCause().getMessage() + ").");
			return Main.INTERNAL_ERROR;
		}
	}
}
