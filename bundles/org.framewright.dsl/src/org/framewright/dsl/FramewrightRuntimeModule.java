package org.framewright.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.framewright.dsl.formatting2.FramewrightFormatterPreferences;
import org.framewright.dsl.parser.SyntaxErrorMessages;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import com.google.inject.Binder;
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

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SyntaxErrorMessages.class;
	}

	@Override
	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FramewrightFormatterPreferences.class);
	}

	/** EMF's unresolved-proxy diagnostics repeat the linker's errors in EMF's words; they are left out. */
	public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
		return org.framewright.dsl.validation.ProxyDiagnosticFilter.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnresolvedReferenceMessages.class;
	}
}
