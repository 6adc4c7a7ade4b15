package org.framewright.dsl.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/**
 * The language's default layout: four spaces per indentation level, as in the design's examples. Editors may
 * still ask for their own (the language server honours the client's formatting options).
 */
public class FramewrightFormatterPreferences extends FormatterPreferenceValuesProvider {

	static final String INDENTATION = "    ";

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		return new MapBasedPreferenceValues(super.getPreferenceValues(context),
				Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION));
	}
}
