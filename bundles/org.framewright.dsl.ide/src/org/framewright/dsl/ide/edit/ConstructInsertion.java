package org.framewright.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.framewright.model.Framework;

/**
 * Adds a reflective construct with an empty block of items, {@code construct C1 "Label" reflective { }} laid out
 * as the formatter lays it out, after the last construct (in a framework without any, after its theories and
 * scales).
 */
final class ConstructInsertion {

	private ConstructInsertion() {
	}

	/** @param label the construct's title; none is written when it is null or blank */
	static ModelEdit add(Framework framework, String name, String label, Document document) {
		VariableNames.checkFree(framework, name);
		String title = label == null || label.isBlank() ? "" : " " + LanguageText.quoted(framework, label);
		List<EObject> before = new ArrayList<>();
		before.addAll(framework.getTheories());
		before.addAll(framework.getScales());
		String declaration = "construct " + name + title + " reflective {\n}";
		TextEdit edit = DeclarationPlacement.insert(framework, framework.getConstructs(), before, declaration, document);
		return new ModelEdit("Add construct " + name + title, name, List.of(edit));
	}
}
