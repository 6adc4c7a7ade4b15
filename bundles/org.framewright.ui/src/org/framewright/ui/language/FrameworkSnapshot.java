package org.framewright.ui.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.framewright.model.Framework;

/**
 * The EMF model of one state of an editor's text, parsed and linked: what the diagram draws, the outline and
 * semantic colouring read, and the palette edits. Immutable once made; a new text makes a new snapshot.
 *
 * @param text      the text that was parsed
 * @param resource  the Xtext resource holding the model and its node model
 * @param framework the framework, or null if the text does not even begin one
 */
public record FrameworkSnapshot(String text, XtextResource resource, Framework framework) {

	/** Parses and links the text as the content of the file. */
	public static FrameworkSnapshot parse(java.net.URI file, String text) {
		URI uri = URI.createURI(DocumentUris.of(file));
		IResourceServiceProvider services = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(uri);
		XtextResourceSet resources = services.get(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse text held in memory", e);
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, () -> false);
		Framework framework = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Framework f) ? null : f;
		return new FrameworkSnapshot(text, resource, framework);
	}

	/** True if the text parsed without syntax errors. */
	public boolean parsedCleanly() {
		return resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors();
	}
}
