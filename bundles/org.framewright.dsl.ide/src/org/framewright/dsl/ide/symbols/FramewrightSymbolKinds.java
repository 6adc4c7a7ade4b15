package org.framewright.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.framewright.model.FramewrightPackage.Literals;

/**
 * The outline's icons: the framework is the package, constructs are classes with their items as fields,
 * hypotheses are events (the things a study tests), scales enums, theories modules, controls variables, groups
 * namespaces.
 */
public class FramewrightSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (Literals.FRAMEWORK.isSuperTypeOf(type)) {
			return SymbolKind.Package;
		}
		if (Literals.CONSTRUCT.isSuperTypeOf(type)) {
			return SymbolKind.Class;
		}
		if (Literals.ITEM.isSuperTypeOf(type)) {
			return SymbolKind.Field;
		}
		if (Literals.HYPOTHESIS.isSuperTypeOf(type)) {
			return SymbolKind.Event;
		}
		if (Literals.SCALE.isSuperTypeOf(type)) {
			return SymbolKind.Enum;
		}
		if (Literals.THEORY.isSuperTypeOf(type)) {
			return SymbolKind.Module;
		}
		if (Literals.CONTROL.isSuperTypeOf(type)) {
			return SymbolKind.Variable;
		}
		if (Literals.GROUP.isSuperTypeOf(type)) {
			return SymbolKind.Namespace;
		}
		return super.getSymbolKind(type);
	}
}
