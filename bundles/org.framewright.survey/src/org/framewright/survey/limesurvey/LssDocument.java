package org.framewright.survey.limesurvey;

import java.util.ArrayList;
import java.util.List;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Page;
import org.framewright.survey.design.PageElement;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Text;
import org.framewright.survey.design.VariableNames;
import org.framewright.survey.escape.NumberText;
import org.framewright.survey.escape.SurveyHtmlText;
import org.framewright.survey.escape.XmlText;

/** The tables of one survey structure file, filled from the questionnaire in its order (see {@link LimeSurveyWriter}). */
final class LssDocument {

	private static final String[] QUESTION_FIELDS = { "qid", "parent_qid", "sid", "gid", "type", "title", "preg", "other", "mandatory", "encrypted",
			"question_order", "scale_id", "same_default", "relevance", "modulename" };

	/** The code of the consent question's one option. */
	static final String CONSENT_OPTION = "AGREE";

	private final Instrument instrument;
	private final List<String> languages = new ArrayList<>();
	private final int sid;
	private final LimeSurveyCodes codes;

	private final LssTable answers = new LssTable("answers", "aid", "qid", "code", "sortorder", "assessment_value", "scale_id");
	private final LssTable answerTexts = new LssTable("answer_l10ns", "id", "aid", "answer", "language");
	private final LssTable groups = new LssTable("groups", "gid", "sid", "group_order", "randomization_group", "grelevance");
	private final LssTable groupTexts = new LssTable("group_l10ns", "id", "gid", "group_name", "description", "language");
	private final LssTable questions = new LssTable("questions", QUESTION_FIELDS);
	private final LssTable subquestions = new LssTable("subquestions", QUESTION_FIELDS);
	private final LssTable questionTexts = new LssTable("question_l10ns", "id", "qid", "question", "help", "script", "language");
	private final LssTable attributes = new LssTable("question_attributes", "qid", "attribute", "value", "language");
	private final LssTable surveys = new LssTable("surveys", "sid", "gsid", "anonymized", "format", "template", "language", "additional_languages",
			"datestamp", "ipaddr", "allowprev", "showwelcome", "showprogress", "showgroupinfo", "shownoanswer", "showqnumcode", "questionindex",
			"usecookie", "usecaptcha", "usetokens");
	private final LssTable surveyTexts = new LssTable("surveys_languagesettings", "surveyls_survey_id", "surveyls_language", "surveyls_title",
			"surveyls_description", "surveyls_welcometext", "surveyls_endtext");

	private int lastGid;
	private int lastQid;
	private int lastAid;
	private int lastTextId;

	LssDocument(Instrument instrument, String language) {
		this.instrument = instrument;
		languages.add(language);
		instrument.languages().stream().filter(l -> !l.equals(language)).forEach(languages::add);
		sid = 100000 + Math.floorMod(instrument.id().hashCode(), 900000);
		List<Page> pages = Page.of(instrument);
		List<String> names = new ArrayList<>(instrument.variables());
		if (instrument.asksConsent()) {
			names.add(VariableNames.consent(instrument));
		}
		pages.forEach(p -> p.elements().forEach(e -> names.add(e.name())));
		names.add(CONSENT_OPTION);
		codes = new LimeSurveyCodes(names);
		survey();
		if (instrument.asksConsent()) {
			consent();
		}
		pages.forEach(this::page);
	}

	String xml() {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n");
		out.append(" <LimeSurveyDocType>Survey</LimeSurveyDocType>\n <DBVersion>").append(LimeSurveyWriter.DB_VERSION).append("</DBVersion>\n");
		out.append(" <languages>\n");
		languages.forEach(l -> out.append("  <language>").append(XmlText.escape(LimeSurveyWriter.language(l))).append("</language>\n"));
		out.append(" </languages>\n");
		for (LssTable table : List.of(answers, answerTexts, groups, groupTexts, questions, subquestions, questionTexts, attributes, surveys,
				surveyTexts)) {
			table.write(out);
		}
		return out.append("</document>\n").toString();
	}

	private void survey() {
		List<String> additional = languages.subList(1, languages.size()).stream().map(LimeSurveyWriter::language).toList();
		surveys.add(sid, 1, "Y", "G", "inherit", LimeSurveyWriter.language(languages.get(0)), String.join(" ", additional), "N", "N", "Y", "Y", "Y", "B",
				"N", "X", 0, "N", "N", "N");
		for (String language : languages) {
			surveyTexts.add(sid, LimeSurveyWriter.language(language), html(instrument.title(), language), "", html(instrument.introduction(), language),
					html(instrument.thanks(), language));
		}
	}

	private void consent() {
		int gid = group(instrument.title());
		int qid = question(questions, 0, gid, "M", VariableNames.consent(instrument), Text.of(""), true, 1);
		question(subquestions, qid, gid, "T", CONSENT_OPTION, instrument.consent(), false, 1);
	}

	private void page(Page page) {
		int gid = group(page.section().title());
		int order = 0;
		for (PageElement element : page.elements()) {
			int qid = element.isMatrix() ? array(element, gid, ++order, page.section().randomized()) : question(element.question(), gid, ++order);
			if (page.section().randomized()) {
				attributes.add(qid, "random_group", "G" + gid, "");
			}
		}
	}

	private int array(PageElement element, int gid, int order, boolean randomized) {
		boolean mandatory = element.questions().stream().allMatch(Question::required);
		int qid = question(questions, 0, gid, "F", element.name(), Text.of(""), mandatory, order);
		int position = 0;
		for (Question statement : element.questions()) {
			question(subquestions, qid, gid, "T", statement.variable(), statement.text(), false, ++position);
		}
		answers(qid, element.scale());
		if (randomized) {
			attributes.add(qid, "random_order", 1, "");
		}
		return qid;
	}

	private int question(Question question, int gid, int order) {
		ResponseScale scale = question.scale();
		boolean list = question.kind() == QuestionKind.CATEGORICAL && !scale.choices().isEmpty();
		String type = question.kind() == QuestionKind.NUMERIC ? "N" : list ? "L" : "S";
		int qid = question(questions, 0, gid, type, question.variable(), question.text(), question.required(), order);
		if (list) {
			answers(qid, scale);
		}
		if (question.kind() == QuestionKind.NUMERIC) {
			numberAttributes(qid, scale);
		}
		return qid;
	}

	private void numberAttributes(int qid, ResponseScale scale) {
		if (scale.minimum() != null) {
			attributes.add(qid, "min_num_value_n", NumberText.plain(scale.minimum()), "");
		}
		if (scale.maximum() != null) {
			attributes.add(qid, "max_num_value_n", NumberText.plain(scale.maximum()), "");
		}
		if (scale.unit() != null) {
			for (String language : languages) {
				attributes.add(qid, "suffix", SurveyHtmlText.escape(scale.unit()), LimeSurveyWriter.language(language));
			}
		}
	}

	private int group(Text name) {
		int gid = ++lastGid;
		groups.add(gid, sid, gid, "", "1");
		for (String language : languages) {
			groupTexts.add(++lastTextId, gid, html(name, language), "", LimeSurveyWriter.language(language));
		}
		return gid;
	}

	private int question(LssTable table, int parent, int gid, String type, String name, Text text, boolean mandatory, int order) {
		int qid = ++lastQid;
		table.add(qid, parent, sid, gid, type, codes.code(name), "", "N", mandatory ? "Y" : "N", "N", order, 0, 0, "1", "");
		for (String language : languages) {
			questionTexts.add(++lastTextId, qid, html(text, language), "", "", LimeSurveyWriter.language(language));
		}
		return qid;
	}

	private void answers(int qid, ResponseScale scale) {
		List<ResponseChoice> choices = scale.choices();
		for (int i = 0; i < choices.size(); i++) {
			ResponseChoice choice = choices.get(i);
			int aid = ++lastAid;
			answers.add(aid, qid, answerCode(choice.code(), i), i + 1, choice.code(), 0);
			for (String language : languages) {
				answerTexts.add(++lastTextId, aid, html(choice.label(), language), LimeSurveyWriter.language(language));
			}
		}
	}

	/** The answer code: the scale's code where LimeSurvey can hold it (up to 5 letters or digits), else A1, A2 ... by position. */
	static String answerCode(int code, int index) {
		String text = String.valueOf(code);
		return code >= 0 && text.length() <= 5 ? text : "A" + (index + 1);
	}

	private String html(Text text, String language) {
		return SurveyHtmlText.escape(text.in(language, instrument.baseLanguage()));
	}
}
