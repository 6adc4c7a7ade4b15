package org.framewright.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code framewright} command: a thin shell over the language and the generators.
 * Exit codes: 0 success, 1 the framework has errors, 2 usage error or unreadable file, 3 internal error.
 */
public final class Main {

	public static final int OK = 0;
	public static final int MODEL_ERRORS = 1;
	public static final int USAGE = 2;
	public static final int INTERNAL_ERROR = 3;

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new TreeMap<>();

	public Main(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		for (Command command : List.of(new ValidateCommand(), new BuildCommand(), new DrawCommand(), new SurveyCommand(), new AnalysisCommand(), new AnalyseCommand(), new PowerCommand(), new LspCommand())) {
			commands.put(command.name(), command);
		}
	}

	public static void main(String[] args) {
		int status = new Main(System.out, System.err).run(args);
		System.out.flush();
		if (status != OK || !"lsp".equals(args.length > 0 ? args[0] : "")) {
			System.exit(status);
		}
	}

	/** Runs one command line and returns its exit code; never throws. */
	public int run(String... args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			if (args.length > 1 && commands.containsKey(args[1])) {
				out.print(commands.get(args[1]).help());
				return OK;
			}
			out.print(usage());
			return args.length == 0 ? USAGE : OK;
		}
		if (args[0].equals("--version")) {
			out.println("framewright " + Version.get());
			return OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			err.println("framewright: unknown command '" + args[0] + "'. Run 'framewright --help' for the commands.");
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(command.help());
			return OK;
		}
		try {
			return command.run(new Arguments(command.name(), rest), out, err);
		} catch (Arguments.UsageException e) {
			err.println("framewright " + command.name() + ": " + e.getMessage());
			err.println("Run 'framewright " + command.name() + " --help' for its usage.");
			return USAGE;
		} catch (RuntimeException | Error e) {
			err.println("framewright " + command.name() + ": internal error (" + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Please report it with the input that caused it.");
			return INTERNAL_ERROR;
		}
	}

	private String usage() {
		StringBuilder text = new StringBuilder();
		text.append("Usage: framewright <command> [options]\n\n");
		text.append("Framewright turns a conceptual research framework (.fwk) into everything derived from it.\n\n");
		text.append("Commands:\n");
		commands.values().forEach(c -> text.append(String.format("  %-10s %s%n", c.name(), c.summary())));
		text.append("\nRun 'framewright <command> --help' for a command's options.\n");
		text.append("Exit codes: 0 success, 1 the framework has errors, 2 usage error or unreadable file, 3 internal error.\n");
		return text.toString();
	}
}
