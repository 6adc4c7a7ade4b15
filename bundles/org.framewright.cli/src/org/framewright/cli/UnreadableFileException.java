package org.framewright.cli;

/**
 * A file named on the command line that cannot be read at all.
 */
final class UnreadableFileException extends Exception {

	private static final long serialVersionUID = 1L;

	UnreadableFileException(String file, String reason) {
		super(file + ": " + reason);
	}
}
