package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;
import org.junit.jupiter.api.Test;

/**
 * The structural model view that validation, diagrams and generators share.
 */
class StructuralModelTest extends LanguageTest {

	private static List<String> names(java.util.Collection<Construct> constructs) {
		return constructs.stream().map(Construct::getName).toList();
	}

	@Test
	void partnershipsExampleHasSixPathsThreeStated() throws Exception {
		Framework framework = parse(ExamplesTest.example("sme-partnerships.fwk"));
		StructuralModel structure = StructuralModel.of(framework);
		assertEquals(List.of("SP -> IS", "A -> IS", "MC -> IS", "SP -> KT", "KT -> IS", "A -> KT"),
				structure.getPaths().stream().map(Path::toString).toList());
		assertEquals(3, structure.getPaths().stream().filter(Path::isStated).count());
		assertEquals(List.of("SP", "A", "MC"), names(structure.getExogenous()));
		assertEquals(List.of("IS", "KT"), names(structure.getEndogenous()));
		assertEquals(List.of("SP", "A", "MC", "KT"), names(structure.getPredictors(framework.getConstructs().get(4))));
		Path kt = structure.getPath(framework.getConstructs().get(3), framework.getConstructs().get(4)).orElseThrow();
		assertFalse(kt.isStated());
		assertEquals(List.of("H4", "H5"), kt.getImpliedBy().stream().map(h -> h.getName()).toList());
	}

	@Test
	void moderatedMediationActsOnTheStageItNames() {
		Framework framework = parse(XMY + """
				construct W "W" scale Five { item W1 "w1" item W2 "w2" item W3 "w3" }
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				hypothesis H3: X -> M -> Y mediation
				hypothesis H4: W moderates second stage of H3 strengthens
				""");
		var h4 = (org.framewright.model.Moderation) framework.getHypotheses().get(3);
		assertEquals("M", StructuralModel.moderatedCause(h4).getName());
		assertEquals("Y", StructuralModel.moderatedEffect(h4).getName());
		StructuralModel structure = StructuralModel.of(framework);
		assertTrue(structure.getConstructsInHypotheses().contains(framework.getConstructs().get(3)));
		assertEquals(List.of("X", "W"), names(structure.getExogenous()));
	}

	@Test
	void controlsDefaultToEveryEndogenousConstruct() {
		Framework framework = parse(XMY + """
				control SIZE "Size" numeric
				control AGE "Age" numeric for Y
				hypothesis H1: X -> M positive
				hypothesis H2: M -> Y positive
				""");
		StructuralModel structure = StructuralModel.of(framework);
		assertEquals(List.of("M", "Y"), names(structure.getControlledOutcomes(framework.getControls().get(0))));
		assertEquals(List.of("Y"), names(structure.getControlledOutcomes(framework.getControls().get(1))));
	}
}
