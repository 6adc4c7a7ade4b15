package org.framewright.dsl.ide.edit;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The language's own spelling, from the services of the resource a model was parsed into: its keywords, and a
 * text written as one of its double-quoted strings.
 */
final class LanguageText {

	private LanguageText() {
	}

	static Set<String> keywords(EObject element) {
		return GrammarUtil.getAllKeywords(services(element).get(IGrammarAccess.class).getGrammar());
	}

	/** {@code "text"}, with quotes and backslashes escaped as the language's STRING rule reads them. */
	static String quoted(EObject element, String text) {
		return services(element).get(IValueConverterService.class).toString(text, "STRING");
	}

	private static IResourceServiceProvider services(EObject element) {
		if (!(element.eResource() instanceof XtextResource resource)) {
			throw new IllegalArgumentException("The model was not parsed from a .fwk text.");
		}
		return resource.getResourceServiceProvider();
	}
}
