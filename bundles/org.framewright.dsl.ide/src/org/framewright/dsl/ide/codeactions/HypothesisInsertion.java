package org.framewright.dsl.ide.codeactions;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;

/**
 * Adds a hypothesis to a framework: a new line after the last hypothesis, named with the next free number
 * (H6 after H1..H5).
 */
final class HypothesisInsertion {

	private static final Pattern NUMBERED = Pattern.compile("H(\\d+)");

	private HypothesisInsertion() {
	}

	/** {@code H<n>} with n one more than the highest number among the framework's hypotheses. */
	static String nextName(Framework framework) {
		Set<String> names = framework.getHypotheses().stream().map(Hypothesis::getName).collect(Collectors.toSet());
		int highest = 0;
		for (String name : names) {
			Matcher matcher = name == null ? null : NUMBERED.matcher(name);
			if (matcher != null && matcher.matches()) {
				highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
			}
		}
		String next = "H" + (highest + 1);
		for (int n = highest + 2; names.contains(next); n++) {
			next = "H" + n;
		}
		return next;
	}

	/** The edit that puts {@code body} (the text after the colon) on a new line after the last hypothesis. */
	static List<TextEdit> after(Framework framework, String name, String body, Document document) {
		String line = "hypothesis " + name + ": " + body;
		List<Hypothesis> hypotheses = framework.getHypotheses();
		ICompositeNode last = hypotheses.isEmpty() ? null : NodeModelUtils.getNode(hypotheses.get(hypotheses.size() - 1));
		int offset = last == null ? document.getContents().length() : last.getEndOffset();
		String indentation = last == null ? "" : indentationOfLine(document.getContents(), last.getOffset());
		Position at = document.getPosition(offset);
		return List.of(new TextEdit(new Range(at, at), "\n" + indentation + line));
	}

	private static String indentationOfLine(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}
}
