package org.framewright.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.framewright.ui.UiIds;

/** Navigator and outline on the left, the editor in the middle, the diagram on the right, problems below. */
public final class StudioPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editors);
		left.addView(UiIds.PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.55f, "left");
		outline.addView(UiIds.OUTLINE_VIEW);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.45f, editors);
		right.addView(UiIds.DIAGRAM_VIEW);
		right.addPlaceholder(UiIds.QUESTIONNAIRE_PREVIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(UiIds.PROBLEMS_VIEW);
		layout.addShowViewShortcut(UiIds.DIAGRAM_VIEW);
		layout.addShowViewShortcut(UiIds.QUESTIONNAIRE_PREVIEW);
		layout.addShowViewShortcut(UiIds.PROBLEMS_VIEW);
		layout.addShowViewShortcut(UiIds.OUTLINE_VIEW);
		layout.addShowViewShortcut(UiIds.PROJECT_EXPLORER);
		layout.addNewWizardShortcut(UiIds.NEW_FRAMEWORK_WIZARD);
	}
}
