package org.framewright.ui.editor;

import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * Colours .fwk text by its lexical classes: the keywords (read from the grammar, so a new keyword is coloured
 * without touching the editor), strings, comments and numbers.
 */
final class SyntaxScanner extends RuleBasedScanner {

	SyntaxScanner() {
		IToken keyword = new Token(EditorColours.attribute(EditorColours.KEYWORD, SWT.BOLD));
		IToken string = new Token(EditorColours.plain(EditorColours.STRING));
		IToken comment = new Token(EditorColours.attribute(EditorColours.COMMENT, SWT.ITALIC));
		IToken number = new Token(EditorColours.plain(EditorColours.NUMBER));
		WordRule words = new WordRule(new IdentifierDetector(), Token.UNDEFINED);
		for (String word : keywords()) {
			words.addWord(word, keyword);
		}
		setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment), new SingleLineRule("\"", "\"", string, '\\'),
				new SingleLineRule("'", "'", string, '\\'), new NumberRule(number), words });
	}

	/** The grammar's keywords that are words (not "->" or ":"). */
	static Set<String> keywords() {
		IResourceServiceProvider services = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createURI("keywords.fwk"));
		IGrammarAccess grammar = services.get(IGrammarAccess.class);
		return GrammarUtil.getAllKeywords(grammar.getGrammar()).stream().filter(k -> k.matches("[A-Za-z][A-Za-z0-9_-]*"))
				.collect(java.util.stream.Collectors.toSet());
	}

	/** Identifiers and keywords: letters, digits, underscores and the hyphen of keywords like "cross-sectional". */
	private static final class IdentifierDetector implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}
}
