package org.framewright.cli;

import java.io.PrintStream;

/**
 * One subcommand of {@code framewright}.
 */
interface Command {

	String name();

	/** One line for the command list. */
	String summary();

	/** The full help text, ending in a newline. */
	String help();

	int run(Arguments arguments, PrintStream out, PrintStream err);
}
