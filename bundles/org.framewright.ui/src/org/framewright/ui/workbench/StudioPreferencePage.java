package org.framewright.ui.workbench;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.framewright.analysis.AnalysisOptions;
import org.framewright.diagram.DiagramStyle;
import org.framewright.diagram.render.DiagramFormat;

/** Window > Preferences > Framewright: the output folder, the diagram's formats, style and items, and the analysis code's bootstrap. */
public final class StudioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public StudioPreferencePage() {
		super(GRID);
		setDescription("What Generate writes, and where, in the project of each framework.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(StudioPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(StudioPreferences.OUTPUT_FOLDER, "Output folder (in the project):", getFieldEditorParent()));
		for (DiagramFormat format : DiagramFormat.values()) {
			addField(new BooleanFieldEditor(StudioPreferences.FORMAT_PREFIX + format.id(), "Diagram as " + format.id().toUpperCase(),
					getFieldEditorParent()));
		}
		addField(new BooleanFieldEditor(StudioPreferences.DIAGRAM_ITEMS, "Diagram shows the items (measurement model)", getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(StudioPreferences.DIAGRAM_STYLE, "Diagram style", 1,
				new String[][] { { "Colour (colour-blind safe)", DiagramStyle.COLOUR.name() }, { "Greyscale for print", DiagramStyle.PRINT.name() } },
				getFieldEditorParent(), true));
		IntegerFieldEditor draws = new IntegerFieldEditor(StudioPreferences.BOOTSTRAP_DRAWS, "Analysis code: bootstrap draws", getFieldEditorParent());
		draws.setValidRange(AnalysisOptions.MIN_BOOTSTRAP_DRAWS, AnalysisOptions.MAX_BOOTSTRAP_DRAWS);
		addField(draws);
		IntegerFieldEditor seed = new IntegerFieldEditor(StudioPreferences.BOOTSTRAP_SEED, "Analysis code: bootstrap seed", getFieldEditorParent());
		seed.setValidRange(0, Integer.MAX_VALUE);
		addField(seed);
	}
}
