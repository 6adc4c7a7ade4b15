package org.framewright.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;

/**
 * Adds a hypothesis to a framework: a new line after the last hypothesis (in a framework without any, after its
 * other declarations but before its study plan), named with the next free number (H6 after H1..H5).
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

	/** Declares {@code hypothesis <next name>: <body>}; the body is the text after the colon. */
	static ModelEdit add(Framework framework, String body, Document document) {
		String name = nextName(framework);
		List<EObject> before = new ArrayList<>();
		before.addAll(framework.getTheories());
		before.addAll(framework.getScales());
		before.addAll(framework.getConstructs());
		before.addAll(framework.getControls());
		before.addAll(framework.getGroups());
		TextEdit edit = DeclarationPlacement.insert(framework, framework.getHypotheses(), before, "hypothesis " + name + ": " + body, document);
		return new ModelEdit("Add hypothesis " + name + ": " + body, name, List.of(edit));
	}
}
