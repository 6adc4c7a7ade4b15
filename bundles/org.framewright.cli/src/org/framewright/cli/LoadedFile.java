package org.framewright.cli;

import java.util.List;

import org.framewright.model.Framework;

/**
 * A .fwk file as read: its framework (null when the text holds none) and its problems, in file order.
 */
record LoadedFile(String displayName, Framework framework, List<Problem> problems) {

	boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
