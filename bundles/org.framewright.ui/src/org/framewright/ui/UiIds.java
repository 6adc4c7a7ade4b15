package org.framewright.ui;

/** The identifiers the Studio declares in plugin.xml, for code that opens, shows or tests its parts. */
public final class UiIds {

	public static final String EDITOR = "org.framewright.ui.editor";
	public static final String DIAGRAM_VIEW = "org.framewright.ui.diagramView";
	public static final String QUESTIONNAIRE_PREVIEW = "org.framewright.ui.questionnairePreview";
	public static final String PERSPECTIVE = "org.framewright.ui.perspective";
	public static final String PROBLEM_MARKER = "org.framewright.ui.problem";
	public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	public static final String PROBLEMS_VIEW = "org.eclipse.ui.views.ProblemView";
	public static final String OUTLINE_VIEW = "org.eclipse.ui.views.ContentOutline";
	public static final String NEW_FRAMEWORK_WIZARD = "org.framewright.ui.newFrameworkWizard";

	private UiIds() {
	}
}
