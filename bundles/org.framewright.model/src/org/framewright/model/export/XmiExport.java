package org.framewright.model.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;

/**
 * The framework as an XMI document of the Framewright metamodel, for EMF-based tools.
 */
public final class XmiExport implements FrameworkGenerator {

	@Override
	public String description() {
		return "model as XMI";
	}

	@Override
	public List<GeneratedFile> generate(Framework framework) {
		Resource resource = new XMIResourceImpl(URI.createURI(framework.getName() + ".xmi"));
		resource.getContents().add(EcoreUtil.copy(framework));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.of(new GeneratedFile(framework.getName() + ".xmi", bytes.toByteArray()));
	}
}
