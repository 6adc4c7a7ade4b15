package org.framewright.ui.editor;

/** Markdown from the language server, shown as plain text in hovers: emphasis and code marks removed. */
final class MarkdownText {

	private MarkdownText() {
	}

	static String plain(String markdown) {
		return markdown.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("(?<![\\w*])\\*(.+?)\\*(?![\\w*])", "$1").replaceAll("`([^`]*)`", "$1")
				.replaceAll("(?m)^#+\\s*", "").replace("\\", "");
	}
}
