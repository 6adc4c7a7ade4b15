package org.framewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.framewright.model.Framework;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parse, serialize, parse again: the two models are equal; also when the model was built without text (as the
 * Studio's diagram editor builds it), so serialization owes nothing to the node model.
 */
class SerializerRoundTripTest extends LanguageTest {

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk" })
	void parsedExampleSurvivesARoundTrip(String example) throws Exception {
		Framework original = parse(ExamplesTest.example(example));
		String text = serializer.serialize(original);
		Framework again = parse(text);
		assertTrue(EcoreUtil.equals(original, again), () -> "round trip changed the model:\n" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme-alliances.fwk", "sme-partnerships.fwk" })
	void modelWithoutTextSerializesToEquivalentText(String example) throws Exception {
		Framework original = parse(ExamplesTest.example(example));
		Resource fresh = resourceSets.get().createResource(URI.createURI("fresh.fwk"));
		fresh.getContents().add(EcoreUtil.copy(original));
		String text = serializer.serialize(fresh.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
		Framework again = parse(text);
		assertTrue(EcoreUtil.equals(original, again), () -> "serialization from scratch changed the model:\n" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { """
			framework Every "Every construct of the language"
			    source "s" population "p" design longitudinal sample 120 feedback allowed
			theory T1 "Theory" cites "Someone (2000)"
			scale L likert 3 labels "low" "mid" "high"
			scale N numeric min 0 max 1000.5 unit "employees"
			scale C categorical { 1 "one" 2 "two" }
			construct A "A" reflective scale L theory T1 definition "defined" {
			    item A1 "a1" reversed translation ms "satu" translation zh "一"
			    item A2 "a2" scale N because "count"
			    item A3 "a3"
			}
			construct B "B" formative scale L { item B1 "b1" item B2 "b2" }
			construct D "D" scale L { item D1 "d1" item D2 "d2" item D3 "d3" }
			construct H "H" dimensions A, B
			control Age "Age" numeric scale N for D
			control Sector "Sector" categorical scale C
			group Left "Left" { A, B }
			hypothesis H1: A -> D inverted-u based on T1 "curvilinear"
			hypothesis H2: B -> D -> H mediation partial
			hypothesis H3: H moderates A -> D weakens
			hypothesis H4: A moderates second stage of H2 strengthens
			hypothesis H5: B -> H u-shaped
			plan { sample 300 alpha 0.01 tails one loading 0.75 effect H1 -0.25 loading of A1 0.8 reliability of D 0.85 }
			survey { title "T" introduction "I" consent "C" thanks "Th" sections by group randomize items attention checks 2 languages ms, ar }
			""" })
	void everyConceptSurvivesARoundTrip(String text) throws Exception {
		Framework original = parse(text);
		String serialized = serializer.serialize(original);
		assertTrue(EcoreUtil.equals(original, parse(serialized)), serialized);
	}
}
