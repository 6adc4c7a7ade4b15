package org.framewright.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: options ({@code --name value}, {@code -o value}, {@code --flag}) and operands.
 * Options are declared by the command when it reads them; any option left unread is a usage error.
 */
final class Arguments {

	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final List<String> raw;
	private final Set<Integer> consumed = new HashSet<>();
	private final Map<String, String> valuesRead = new HashMap<>();

	Arguments(String command, List<String> raw) {
		this.raw = raw;
	}

	/** The value of an option given as {@code --long value}, {@code --long=value} or {@code -short value}. */
	String value(String longName, String shortName, String defaultValue) {
		for (int i = 0; i < raw.size(); i++) {
			String arg = raw.get(i);
			if (arg.equals("--" + longName) || shortName != null && arg.equals("-" + shortName)) {
				if (i + 1 >= raw.size() || raw.get(i + 1).startsWith("-") && raw.get(i + 1).length() > 1) {
					throw new UsageException("option " + arg + " needs a value.");
				}
				consumed.add(i);
				consumed.add(i + 1);
				valuesRead.put(longName, raw.get(i + 1));
				return raw.get(i + 1);
			}
			if (arg.startsWith("--" + longName + "=")) {
				consumed.add(i);
				return arg.substring(longName.length() + 3);
			}
		}
		return defaultValue;
	}

	/** Whether a flag is present. */
	boolean flag(String longName) {
		int at = raw.indexOf("--" + longName);
		if (at >= 0) {
			consumed.add(at);
		}
		return at >= 0;
	}

	/** The operands: everything that is not an option read so far. Call after reading every option. */
	List<String> operands() {
		List<String> operands = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			if (consumed.contains(i)) {
				continue;
			}
			String arg = raw.get(i);
			if (arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("unknown option '" + arg + "'.");
			}
			operands.add(arg);
		}
		return operands;
	}
}
