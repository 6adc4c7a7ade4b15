package org.framewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.framewright.ui.UiIds;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.survey.QuestionnairePreviewView;
import org.framewright.ui.workbench.GenerateHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Generate > Questionnaire, and the form's preview in the embedded browser. */
class QuestionnaireTest {

	@AfterEach
	void close() {
		Studio.closeAll();
	}

	@Test
	void generateQuestionnaireWritesEveryFormat() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		Path folder = GenerateHandler.generate(editor, "questionnaire", foreign -> false);
		for (String file : new String[] { "SmeAlliances-questionnaire.html", "SmeAlliances-surveyjs.json", "SmeAlliances.lss",
				"SmeAlliances-xlsform.xlsx", "SmeAlliances-redcap.csv", "SmeAlliances.qsf", "SmeAlliances-codebook.csv" }) {
			assertTrue(Files.size(folder.resolve(file)) > 200, file);
		}
	}

	@Test
	void generateAnalysisCodeWritesTheLavaanScript() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		Path folder = GenerateHandler.generate(editor, "analysis", foreign -> false);
		assertTrue(Files.readString(folder.resolve("SmeAlliances-lavaan.R")).contains("library(lavaan)"));
	}

	@Test
	void thePreviewShowsTheFormAndFollowsTheText() throws Exception {
		FrameworkEditor editor = Studio.open(Studio.EXAMPLE_A);
		QuestionnairePreviewView preview = (QuestionnairePreviewView) Studio.page().showView(UiIds.QUESTIONNAIRE_PREVIEW);
		Studio.page().activate(editor);
		assertTrue(preview.browser() != null, "the Studio has an embedded browser (WebKitGTK)");
		Studio.waitUntil("the form's MO1 row is in the browser", () -> count(preview, "input[name=\"MO1\"]") > 0);
		String text = editor.document().get();
		editor.document().replace(text.indexOf("    item MO4"), 0, "    item MO5 \"A question typed just now.\"\n");
		editor.reparseNow();
		Studio.waitUntil("the new item appears in the preview", () -> count(preview, "input[name=\"MO5\"]") > 0);
	}

	private static double count(QuestionnairePreviewView preview, String selector) {
		try {
			Object n = preview.browser().evaluate("return document.querySelectorAll('" + selector.replace("'", "\\'") + "').length;");
			return n instanceof Number number ? number.doubleValue() : 0;
		} catch (org.eclipse.swt.SWTException e) {
			return 0;
		}
	}
}
