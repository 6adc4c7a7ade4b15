package org.framewright.survey.codebook;

import java.util.List;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.ResponseChoice;
import org.framewright.survey.design.ResponseScale;
import org.framewright.survey.design.Section;
import org.framewright.survey.escape.XmlText;

/**
 * The codebook as DDI Codebook 2.5 (namespace ddi:codebook:2_5), which data archives and Nesstar, Colectica or the R
 * package DDIwR read: the study's title, a variable group per section, then per variable its wording (labl, and a
 * qstn/qstnLit per language), range or categories (catgry/catValu/labl), construct (concept), format, and notes on
 * reverse coding, attention checks and the REDCap name. Elements follow the schema's order within var. Texts are
 * element content only (attributes hold names and codes), each through {@link XmlText}.
 */
final class DdiCodebook {

	private static final String SCHEMA = "http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";

	private final Instrument instrument;
	private final StringBuilder out = new StringBuilder();

	private DdiCodebook(Instrument instrument) {
		this.instrument = instrument;
	}

	static String xml(Instrument instrument, List<CodebookEntry> entries) {
		return new DdiCodebook(instrument).codeBook(entries);
	}

	private String codeBook(List<CodebookEntry> entries) {
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<codeBook xmlns=\"ddi:codebook:2_5\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"ddi:codebook:2_5 ")
				.append(SCHEMA).append("\" version=\"2.5\" xml:lang=\"").append(XmlText.escape(instrument.baseLanguage())).append("\">\n");
		studyDescription();
		out.append("  <dataDscr>\n");
		instrument.sections().forEach(this::variableGroup);
		entries.forEach(this::variable);
		out.append("  </dataDscr>\n</codeBook>\n");
		return out.toString();
	}

	private void studyDescription() {
		out.append("  <stdyDscr>\n    <citation>\n      <titlStmt>\n");
		element(8, "titl", instrument.title().base());
		element(8, "IDNo", instrument.id());
		out.append("      </titlStmt>\n    </citation>\n");
		if (!instrument.introduction().base().isBlank()) {
			out.append("    <stdyInfo>\n");
			element(6, "abstract", instrument.introduction().base());
			out.append("    </stdyInfo>\n");
		}
		out.append("  </stdyDscr>\n");
	}

	/** A section as a variable group of type section, listing its variables' IDs. */
	private void variableGroup(Section section) {
		String variables = String.join(" ", section.questions().stream().map(q -> id(q.variable())).toList());
		out.append("    <varGrp ID=\"G-").append(XmlText.escape(section.id())).append("\" type=\"section\" var=\"").append(XmlText.escape(variables))
				.append("\">\n");
		element(6, "labl", section.title().base());
		out.append("    </varGrp>\n");
	}

	private void variable(CodebookEntry entry) {
		Question question = entry.question();
		boolean numeric = question.kind() == QuestionKind.NUMERIC;
		out.append("    <var ID=\"").append(XmlText.escape(id(question.variable()))).append("\" name=\"").append(XmlText.escape(question.variable()))
				.append("\" intrvl=\"").append(numeric ? "contin" : "discrete").append("\">\n");
		element(6, "labl", question.text().base());
		for (String language : instrument.languages()) {
			if (question.text().hasLanguage(language, instrument.baseLanguage())) {
				out.append("      <qstn xml:lang=\"").append(XmlText.escape(language)).append("\" responseDomainType=\"")
						.append(numeric ? "numeric" : question.scale().choices().isEmpty() ? "text" : "category").append("\">");
				out.append("<qstnLit>").append(XmlText.escape(question.text().in(language, instrument.baseLanguage()))).append("</qstnLit></qstn>\n");
			}
		}
		range(question.scale());
		question.scale().choices().forEach(this::category);
		if (question.construct() != null) {
			element(6, "concept", question.construct());
		}
		out.append("      <varFormat type=\"").append(numeric || !question.scale().choices().isEmpty() ? "numeric" : "character").append("\"/>\n");
		notes(entry);
		out.append("    </var>\n");
	}

	private void range(ResponseScale scale) {
		if (scale.minimum() != null || scale.maximum() != null) {
			out.append("      <valrng><range UNITS=\"").append(scale.wholeNumbers() ? "INT" : "REAL").append('"');
			if (scale.minimum() != null) {
				out.append(" min=\"").append(ResponseScale.number(scale.minimum())).append('"');
			}
			if (scale.maximum() != null) {
				out.append(" max=\"").append(ResponseScale.number(scale.maximum())).append('"');
			}
			out.append("/></valrng>\n");
		}
	}

	private void category(ResponseChoice choice) {
		out.append("      <catgry><catValu>").append(choice.code()).append("</catValu><labl>").append(XmlText.escape(choice.label().base()))
				.append("</labl></catgry>\n");
	}

	private void notes(CodebookEntry entry) {
		Question question = entry.question();
		if (question.reversed()) {
			element(6, "notes", "Reverse coded: scored in reverse in analysis.");
		}
		if (question.expectedAnswer() != null) {
			element(6, "notes", "Attention check: an attentive respondent chooses " + question.expectedAnswer() + ".");
		}
		if (question.scale().unit() != null) {
			element(6, "notes", "Unit: " + question.scale().unit());
		}
		element(6, "notes", "REDCap variable name: " + entry.redcapName());
	}

	private void element(int indent, String name, String text) {
		out.append(" ".repeat(indent)).append('<').append(name).append('>').append(XmlText.escape(text)).append("</").append(name).append(">\n");
	}

	/** The XML ID of a variable: V- and its name (a name is an identifier of the model, so the ID is an NCName). */
	private static String id(String variable) {
		return "V-" + variable;
	}
}
