package org.framewright.ui.language;

import java.net.URI;

/**
 * One spelling of a file's URI for the whole Studio. Java writes {@code file:/x}, Xtext's server
 * {@code file:///x}; both name the same file, and maps keyed by URI must not see two.
 */
public final class DocumentUris {

	private DocumentUris() {
	}

	public static String of(URI file) {
		return normal(file.toString());
	}

	public static String normal(String uri) {
		return uri.replaceFirst("^file:/(?!/)", "file:///");
	}
}
