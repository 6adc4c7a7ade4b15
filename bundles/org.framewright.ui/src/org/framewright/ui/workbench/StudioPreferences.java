package org.framewright.ui.workbench;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.framewright.analysis.AnalysisOptions;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.ui.FramewrightUi;

/** The Studio's settings for generation: where outputs go, the diagram's formats and look, and the analysis code's bootstrap. */
public final class StudioPreferences extends AbstractPreferenceInitializer {

	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String DIAGRAM_STYLE = "diagramStyle";
	public static final String DIAGRAM_ITEMS = "diagramItems";
	public static final String FORMAT_PREFIX = "format.";
	public static final String BOOTSTRAP_DRAWS = "bootstrapDraws";
	public static final String BOOTSTRAP_SEED = "bootstrapSeed";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		store.setDefault(OUTPUT_FOLDER, "generated");
		store.setDefault(DIAGRAM_STYLE, DiagramStyle.COLOUR.name());
		store.setDefault(DIAGRAM_ITEMS, false);
		store.setDefault(BOOTSTRAP_DRAWS, AnalysisOptions.DEFAULT_BOOTSTRAP_DRAWS);
		store.setDefault(BOOTSTRAP_SEED, AnalysisOptions.DEFAULT_SEED);
		for (DiagramFormat format : DiagramFormat.values()) {
			store.setDefault(FORMAT_PREFIX + format.id(), format == DiagramFormat.SVG || format == DiagramFormat.PNG);
		}
	}

	static IPreferenceStore store() {
		return FramewrightUi.get().getPreferenceStore();
	}

	/** The output folder, relative to the project of the framework. */
	public static String outputFolder() {
		String folder = store().getString(OUTPUT_FOLDER).strip();
		return folder.isEmpty() ? "generated" : folder;
	}

	public static List<DiagramFormat> diagramFormats() {
		List<DiagramFormat> formats = new ArrayList<>();
		for (DiagramFormat format : DiagramFormat.values()) {
			if (store().getBoolean(FORMAT_PREFIX + format.id())) {
				formats.add(format);
			}
		}
		return formats.isEmpty() ? List.of(DiagramFormat.SVG) : formats;
	}

	/** The analysis code's bootstrap; a stored value out of bounds gives way to the default. */
	public static AnalysisOptions analysisOptions() {
		AnalysisOptions options = AnalysisOptions.DEFAULTS;
		try {
			options = options.withBootstrapDraws(store().getInt(BOOTSTRAP_DRAWS));
		} catch (IllegalArgumentException e) {
			// keep the default draws
		}
		try {
			options = options.withSeed(store().getInt(BOOTSTRAP_SEED));
		} catch (IllegalArgumentException e) {
			// keep the default seed
		}
		return options;
	}

	public static DiagramOptions diagramOptions() {
		DiagramStyle style;
		try {
			style = DiagramStyle.valueOf(store().getString(DIAGRAM_STYLE));
		} catch (IllegalArgumentException e) {
			style = DiagramStyle.COLOUR;
		}
		return DiagramOptions.DEFAULTS.withStyle(style).withItems(store().getBoolean(DIAGRAM_ITEMS));
	}
}
