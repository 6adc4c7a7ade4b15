package org.framewright.dsl.ide.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.framewright.dsl.ide.FramewrightIdeSetup;
import org.framewright.model.Framework;

import com.google.inject.Injector;

/**
 * Frameworks parsed as the Studio parses them, for the tests that change a model without a language server: the
 * repository's examples (as {@link LanguageServerTest} finds them) and frameworks written in a test.
 */
final class Frameworks {

	private static Injector injector;

	private Frameworks() {
	}

	static String exampleText(String file) {
		try {
			return Files.readString(LanguageServerTest.EXAMPLES.resolve(file), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses and links a framework, in a resource set of its own. */
	static Framework parse(String text) {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(URI.createFileURI("/tests/framework.fwk"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resources);
		return (Framework) resource.getContents().get(0);
	}

	/** The document of the text a framework was parsed from, as the language server holds it. */
	static Document document(Framework framework) {
		return new Document(1, NodeModelUtils.getNode(framework).getRootNode().getText());
	}

	/** The errors of a framework's file, syntax, linking and validation, each as "line: message". */
	static List<String> errors(Framework framework) {
		XtextResource resource = (XtextResource) framework.eResource();
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).map(issue -> issue.getLineNumber() + ": " + issue.getMessage())
				.toList();
	}

	/** The comments of a framework's file, in order. */
	static List<String> comments(Framework framework) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : NodeModelUtils.getNode(framework).getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("COMMENT")) {
				comments.add(leaf.getText().strip());
			}
		}
		return comments;
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FramewrightIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
