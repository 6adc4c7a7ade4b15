package org.framewright.stats;

/** How serious a problem is: an error stops the computation that met it, a warning or a note does not. */
public enum Severity {
	ERROR, WARNING, INFO;

	@Override
	public String toString() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
