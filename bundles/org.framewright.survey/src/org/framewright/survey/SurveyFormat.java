package org.framewright.survey;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.framewright.survey.codebook.CodebookWriter;
import org.framewright.survey.html.HtmlFormWriter;
import org.framewright.survey.limesurvey.LimeSurveyWriter;
import org.framewright.survey.qualtrics.QualtricsWriter;
import org.framewright.survey.redcap.RedcapWriter;
import org.framewright.survey.surveyjs.SurveyJsWriter;
import org.framewright.survey.xlsform.XlsFormWriter;

/** The formats a questionnaire is written in, by the id the command line and the Studio use. */
public enum SurveyFormat {

	HTML("html", "standalone HTML form", HtmlFormWriter::new),
	SURVEYJS("surveyjs", "SurveyJS JSON", SurveyJsWriter::new),
	LIMESURVEY("limesurvey", "LimeSurvey survey structure (.lss)", LimeSurveyWriter::new),
	XLSFORM("xlsform", "XLSForm for ODK and KoboToolbox (.xlsx)", XlsFormWriter::new),
	REDCAP("redcap", "REDCap data dictionary (CSV)", RedcapWriter::new),
	QUALTRICS("qualtrics", "Qualtrics survey (.qsf)", QualtricsWriter::new),
	CODEBOOK("codebook", "codebook (CSV, DDI 2.5 XML, Markdown)", CodebookWriter::new);

	private final String id;

	private final String description;

	private final Supplier<InstrumentWriter> writer;

	SurveyFormat(String id, String description, Supplier<InstrumentWriter> writer) {
		this.id = id;
		this.description = description;
		this.writer = writer;
	}

	public String id() {
		return id;
	}

	public String description() {
		return description;
	}

	public InstrumentWriter writer() {
		return writer.get();
	}

	public static Optional<SurveyFormat> byId(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}
}
