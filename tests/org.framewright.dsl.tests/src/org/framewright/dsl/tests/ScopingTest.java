package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Moderation;
import org.junit.jupiter.api.Test;

/**
 * References resolve by the names researchers use: constructs, scales and theories by their IDs, items by their
 * codes anywhere in the framework, hypotheses by their IDs.
 */
class ScopingTest extends LanguageTest {

	@Test
	void referencesResolveToTheirDeclarations() {
		Framework framework = parse(XMY + """
				theory T1 "Theory"
				construct W "W" scale Five theory T1 { item W1 "w1" item W2 "w2" item W3 "w3" }
				hypothesis H1: X -> M positive based on T1
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation
				hypothesis H4: W moderates first stage of H3 strengthens
				plan { effect H1 0.3 loading of M2 0.6 }
				""");
		validation.assertNoErrors(framework);
		DirectEffect h1 = (DirectEffect) framework.getHypotheses().get(0);
		assertSame(framework.getConstructs().get(0), h1.getCause());
		assertSame(framework.getTheories().get(0), h1.getTheories().get(0));
		assertSame(framework.getScales().get(0), framework.getConstructs().get(3).getScale());
		Moderation h4 = (Moderation) framework.getHypotheses().get(3);
		assertSame(framework.getHypotheses().get(2), h4.getMediation());
		assertSame(h1, framework.getPlan().getEffects().get(0).getHypothesis());
		assertEquals("M2", framework.getPlan().getLoadings().get(0).getItem().getName());
		assertSame(framework.getConstructs().get(1).getItems().get(1), framework.getPlan().getLoadings().get(0).getItem());
	}
}
