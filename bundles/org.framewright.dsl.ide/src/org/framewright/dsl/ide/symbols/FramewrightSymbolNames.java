package org.framewright.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

/**
 * The outline names elements by their IDs as written ({@code SP}, {@code Sp1}), not by the qualified names of the
 * index ({@code SmePartnerships.SP}): the outline is already nested under the framework.
 */
public class FramewrightSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		String name = super.getName(object);
		return name == null ? null : name.substring(name.lastIndexOf('.') + 1);
	}
}
