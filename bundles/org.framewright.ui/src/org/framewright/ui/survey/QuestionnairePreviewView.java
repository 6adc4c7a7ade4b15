package org.framewright.ui.survey;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.SurveyFormat;
import org.framewright.survey.SurveyGenerator;
import org.framewright.survey.design.SurveyOptions;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.editor.FrameworkEditorTracker;
import org.framewright.ui.language.FrameworkSnapshot;

/**
 * The questionnaire as respondents will see it: the generated HTML form of the active framework in an embedded
 * browser, regenerated as the text changes. Answers given here go nowhere.
 */
public final class QuestionnairePreviewView extends ViewPart {

	private Composite stack;

	private Browser browser;

	private Label message;

	private FrameworkEditor editor;

	private String shown;

	private final Consumer<FrameworkSnapshot> modelFollower = this::preview;

	private FrameworkEditorTracker editors;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(new FillLayout(SWT.VERTICAL));
		try {
			browser = new Browser(stack, SWT.NONE);
		} catch (org.eclipse.swt.SWTError e) {
			message = new Label(stack, SWT.WRAP);
			message.setText("The preview needs an embedded browser (WebKitGTK, Debian package libwebkit2gtk-4.1-0): " + e.getMessage()
					+ "\nGenerate > Questionnaire writes the form; open it in any browser.");
		}
		editors = new FrameworkEditorTracker(getSite().getPage(), this::follow);
	}

	private void follow(FrameworkEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.removeModelListener(modelFollower);
		}
		editor = next;
		if (editor != null) {
			editor.addModelListener(modelFollower);
			preview(editor.snapshot());
		}
	}

	private void preview(FrameworkSnapshot snapshot) {
		if (browser == null || browser.isDisposed() || snapshot == null || snapshot.framework() == null || !snapshot.parsedCleanly()
				|| !SurveyGenerator.hasQuestions(snapshot.framework())) {
			return;
		}
		try {
			GeneratedFile form = new SurveyGenerator(java.util.List.of(SurveyFormat.HTML), SurveyOptions.NONE, null).generate(snapshot.framework())
					.get(0);
			String html = new String(form.content(), StandardCharsets.UTF_8);
			if (!html.equals(shown)) {
				shown = html;
				browser.setText(html, true);
			}
		} catch (RuntimeException e) {
			// a half-typed framework (an item without its construct's scale, say): keep the last preview
		}
	}

	/** The HTML shown, for tests. */
	public String shownHtml() {
		return shown;
	}

	/** The embedded browser, or null if the platform has none. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		if (editors != null) {
			editors.dispose();
		}
		follow(null);
		super.dispose();
	}
}
