package org.framewright.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validator: the structure rules of a framework, in six groups.
 */
@ComposedChecks(validators = { NameChecks.class, MeasurementChecks.class, HypothesisStructureChecks.class,
		SampleSizeChecks.class, PlannedReliabilityChecks.class, SurveyChecks.class })
public class FramewrightValidator extends AbstractFramewrightValidator {
}
