package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** The DDI Codebook 2.5 XML, parsed back with a namespace-aware DOM. */
class DdiCodebookTest {

	private static final String DDI = "ddi:codebook:2_5";

	/** The children var may have, in the order the DDI 2.5 schema's sequence demands (the ones written here). */
	private static final List<String> VAR_ORDER = List.of("labl", "qstn", "valrng", "catgry", "concept", "varFormat", "notes");

	private static Element codeBook(Instrument instrument) {
		Element root = Xml.parse(CodebookWriterTest.codebook(instrument).get("xml").getBytes(StandardCharsets.UTF_8)).getDocumentElement();
		assertEquals(List.of(DDI, "codeBook", "2.5"), List.of(root.getNamespaceURI(), root.getLocalName(), root.getAttribute("version")));
		return root;
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "hostile.fwk" })
	void theStudyAndVariablesAreDescribedInTheSchemasElements(String framework) {
		Instrument instrument = CodebookWriterTest.instrument(framework);
		Element root = codeBook(instrument);
		Element titlStmt = Xml.child(Xml.child(Xml.child(root, "stdyDscr"), "citation"), "titlStmt");
		assertEquals(instrument.title().base(), Xml.child(titlStmt, "titl").getTextContent());
		Element dataDscr = Xml.child(root, "dataDscr");
		List<Element> variables = Xml.children(dataDscr, "var");
		assertEquals(instrument.variables(), variables.stream().map(v -> v.getAttribute("name")).toList());
		assertTrue(Xml.children(dataDscr).stream().allMatch(e -> DDI.equals(e.getNamespaceURI())));
		List<Element> groups = Xml.children(dataDscr, "varGrp");
		assertEquals(instrument.sections().stream().map(s -> s.title().base()).toList(), groups.stream().map(g -> Xml.child(g, "labl").getTextContent()).toList());
		for (int i = 0; i < variables.size(); i++) {
			variable(instrument, instrument.questions().get(i), variables.get(i));
		}
	}

	private static void variable(Instrument instrument, Question question, Element variable) {
		List<Integer> order = Xml.children(variable).stream().map(e -> VAR_ORDER.indexOf(e.getLocalName())).toList();
		assertTrue(!order.contains(-1) && order.equals(order.stream().sorted().toList()), question.variable() + ": children out of schema order " + order);
		assertEquals(question.text().base(), Xml.child(variable, "labl").getTextContent());
		for (Element qstn : Xml.children(variable, "qstn")) {
			String language = qstn.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
			assertEquals(question.text().in(language, instrument.baseLanguage()), Xml.child(qstn, "qstnLit").getTextContent(), question.variable() + " " + language);
		}
		assertEquals(instrument.languages().stream().filter(l -> question.text().hasLanguage(l, instrument.baseLanguage())).count(),
				Xml.children(variable, "qstn").size());
		List<Element> categories = Xml.children(variable, "catgry");
		assertEquals(question.scale().choices().stream().map(c -> String.valueOf(c.code())).toList(),
				categories.stream().map(c -> Xml.child(c, "catValu").getTextContent()).toList());
		assertEquals(question.scale().choices().stream().map(c -> c.label().base()).toList(),
				categories.stream().map(c -> Xml.child(c, "labl").getTextContent()).toList());
		Xml.child(variable, "varFormat");
	}

	@Test
	void hostileNumbersAndNotesAreKept() {
		Instrument instrument = CodebookWriterTest.instrument("hostile.fwk");
		Element dataDscr = Xml.child(codeBook(instrument), "dataDscr");
		Map<String, Element> variables = new HashMap<>();
		Xml.children(dataDscr, "var").forEach(v -> variables.put(v.getAttribute("name"), v));
		Element range = Xml.child(Xml.child(variables.get("STAFF"), "valrng"), "range");
		assertEquals(List.of("1", "100000", "INT", "contin"), List.of(range.getAttribute("min"), range.getAttribute("max"), range.getAttribute("UNITS"),
				variables.get("STAFF").getAttribute("intrvl")));
		assertTrue(Xml.children(variables.get("HX2"), "notes").stream().anyMatch(n -> n.getTextContent().startsWith("Reverse coded")));
		assertTrue(Xml.children(variables.get("HX1"), "notes").stream().anyMatch(n -> n.getTextContent().equals("REDCap variable name: hx1")));
		Section first = instrument.sections().get(0);
		Element group = Xml.children(dataDscr, "varGrp").get(0);
		assertEquals("section", group.getAttribute("type"));
		assertEquals(String.join(" ", first.questions().stream().map(q -> "V-" + q.variable()).toList()), group.getAttribute("var"));
		assertEquals("HX", Xml.child(variables.get("HX1"), "concept").getTextContent());
	}
}
