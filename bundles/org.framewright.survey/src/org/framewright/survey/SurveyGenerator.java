package org.framewright.survey;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.SurveyOptions;

/**
 * The questionnaire of a framework in the chosen formats: designs the instrument once (options over the model's
 * survey block over the defaults), then writes it in each format.
 */
public final class SurveyGenerator implements FrameworkGenerator {

	private final List<SurveyFormat> formats;

	private final SurveyOptions options;

	private final String language;

	/**
	 * @param language the language to present in; null for the questionnaire's base language
	 */
	public SurveyGenerator(List<SurveyFormat> formats, SurveyOptions options, String language) {
		this.formats = List.copyOf(formats);
		this.options = options;
		this.language = language;
	}

	/** True if a questionnaire of the framework would ask anything (an item or a control). */
	public static boolean hasQuestions(Framework framework) {
		return !framework.getControls().isEmpty() || framework.getConstructs().stream().anyMatch(c -> !c.getItems().isEmpty());
	}

	@Override
	public String description() {
		return "questionnaire";
	}

	@Override
	public List<GeneratedFile> generate(Framework framework) {
		if (!hasQuestions(framework)) {
			throw new IllegalArgumentException("the framework has no items and no controls to ask about");
		}
		Instrument instrument = InstrumentDesigner.design(framework, options);
		String shown = language == null ? instrument.baseLanguage() : language;
		if (!instrument.languages().contains(shown)) {
			throw new IllegalArgumentException("the questionnaire has no language '" + shown + "'; it has " + String.join(", ", instrument.languages()));
		}
		List<GeneratedFile> files = new ArrayList<>();
		for (SurveyFormat format : formats) {
			files.addAll(format.writer().write(instrument, shown));
		}
		return files;
	}
}
