package org.framewright.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.framewright.dsl.conversion.FramewrightValueConverters;
import org.framewright.dsl.linking.UnresolvedReferenceMessages;
import org.framewright.dsl.naming.FramewrightQualifiedNames;

/**
 * The language's services beyond the generated defaults.
 */
public class FramewrightRuntimeModule extends AbstractFramewrightRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return FramewrightValueConverters.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return FramewrightQualifiedNames.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnresolvedReferenceMessages.class;
	}
}
