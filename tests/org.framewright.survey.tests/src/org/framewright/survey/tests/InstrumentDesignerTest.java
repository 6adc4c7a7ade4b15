package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.survey.design.Instrument;
import org.framewright.survey.design.InstrumentDesigner;
import org.framewright.survey.design.Question;
import org.framewright.survey.design.QuestionKind;
import org.framewright.survey.design.Section;
import org.framewright.survey.design.SurveyOptions;
import org.junit.jupiter.api.Test;

/** The questionnaire designed from a framework, before any format. */
class InstrumentDesignerTest {

	@Test
	void exampleAHasASectionPerConstructThenTheBackground() {
		Instrument instrument = Frameworks.instrument(Frameworks.example("sme-alliances.fwk"));
		assertEquals(List.of("MO", "AL", "IP", InstrumentDesigner.BACKGROUND), instrument.sections().stream().map(Section::id).toList());
		assertEquals(List.of("MO1", "MO2", "MO3", "MO4", "AL1", "AL2", "AL3", "IP1", "IP2", "IP3", "SIZE"), instrument.variables());
		Question mo4 = instrument.questions().get(3);
		assertTrue(mo4.reversed(), "MO4 is reverse-coded");
		assertEquals(QuestionKind.LIKERT, mo4.kind());
		assertEquals(5, mo4.scale().choices().size());
		assertEquals("Strongly disagree", mo4.scale().choices().get(0).label().base());
		assertEquals(QuestionKind.NUMERIC, instrument.questions().get(10).kind());
		assertEquals(List.of("en"), instrument.languages());
		assertTrue(instrument.introduction().base().contains("Malaysian manufacturing and services SMEs"));
	}

	@Test
	void theSurveyBlockSetsTextsLanguagesAndAttentionChecks() {
		Framework hostile = Frameworks.hostile();
		Instrument instrument = Frameworks.instrument(hostile);
		assertEquals("Survey \"title\" <with> & ${markup}", instrument.title().base());
		assertEquals(List.of("en", "ms", "ar", "zh"), instrument.languages());
		List<Question> checks = instrument.questions().stream().filter(q -> q.kind() == QuestionKind.ATTENTION_CHECK).toList();
		assertEquals(1, checks.size());
		assertEquals("ATTN1", checks.get(0).variable());
		assertEquals(Integer.valueOf(2), checks.get(0).expectedAnswer());
		Question hx1 = instrument.questions().get(0);
		assertEquals("\u0642\u0627\u0644 \"\u0646\u0639\u0645\" \u0648\u0642\u0627\u0644\u062a '\u0644\u0627' <script>", hx1.text().in("ar", "en"));
		assertEquals("First line\nsecond line\ttabbed, with, commas", instrument.questions().stream().filter(q -> q.variable().equals("HX2"))
				.findFirst().orElseThrow().text().base());
	}

	@Test
	void commandLineOptionsOverrideTheModel() {
		Instrument instrument = InstrumentDesigner.design(Frameworks.hostile(),
				SurveyOptions.NONE.withLanguages(List.of("ms")).withAttentionChecks(0).withRandomizeItems(true));
		assertEquals(List.of("en", "ms"), instrument.languages());
		assertFalse(instrument.variables().contains("ATTN1"));
		assertTrue(instrument.sections().get(0).randomized());
	}

	@Test
	void groupsMakeSectionsWhenAsked() {
		Instrument instrument = InstrumentDesigner.design(Frameworks.example("review-ado.fwk"), SurveyOptions.NONE.withSectionsByGroup(true));
		Framework framework = Frameworks.example("review-ado.fwk");
		if (!framework.getGroups().isEmpty() && framework.getConstructs().stream().anyMatch(c -> !c.getItems().isEmpty())) {
			assertTrue(instrument.sections().stream().anyMatch(s -> framework.getGroups().stream().anyMatch(g -> g.getName().equals(s.id()))));
		}
	}
}
