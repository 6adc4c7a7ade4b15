package org.framewright.survey.escape;

/**
 * Researcher's text in a Markdown table cell or heading (CommonMark with GitHub's tables, as pandoc and GitHub render
 * them). Every character with inline meaning is backslash-escaped, so the text shows literally: a pipe would end the
 * cell, &lt; would open raw HTML (a &lt;script&gt; would run), * _ ` ~ would format, [ ] would link, $ and ^ are math and
 * superscript in pandoc, &amp; would start an entity, and the backslash itself would escape what follows. A table row is
 * one line, so a line break becomes {@code <br>} (the one piece of HTML written on purpose).
 */
public final class MarkdownText {

	/** The characters escaped with a backslash. */
	private static final String SPECIAL = "\\`*_[]<>#&~^$|{}";

	private MarkdownText() {
	}

	public static String inline(String text) {
		String value = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\n') {
				out.append("<br>");
			} else {
				if (SPECIAL.indexOf(c) >= 0) {
					out.append('\\');
				}
				out.append(c);
			}
		}
		return out.toString();
	}
}
