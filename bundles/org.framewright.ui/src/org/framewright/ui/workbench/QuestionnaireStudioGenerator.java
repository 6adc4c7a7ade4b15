package org.framewright.ui.workbench;

import java.util.Arrays;

import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.survey.SurveyFormat;
import org.framewright.survey.SurveyGenerator;
import org.framewright.survey.design.SurveyOptions;

/**
 * Generate > Questionnaire: the questionnaire in every format (HTML form, SurveyJS, LimeSurvey, XLSForm, REDCap,
 * Qualtrics) and its codebook, with the options of the framework's survey block.
 */
public final class QuestionnaireStudioGenerator implements StudioGenerator {

	@Override
	public FrameworkGenerator create() {
		return new SurveyGenerator(Arrays.asList(SurveyFormat.values()), SurveyOptions.NONE, null);
	}
}
