package org.framewright.dsl.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.framewright.model.ExpectedEffect;
import org.framewright.model.ExpectedLoading;
import org.framewright.model.Framework;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.Hypothesis;
import org.framewright.model.StudyPlan;
import org.framewright.model.structure.ModelSize;

/**
 * Whether the model can be estimated at all (the t-rule) and whether the stated sample is large enough for it
 * (N:q of at least 5, after Bentler and Chou 1987; ten cases per arrow into the most predicted construct, after
 * Barclay, Higgins and Thompson 1995), and whether the study plan's numbers are admissible.
 */
public class SampleSizeChecks extends FramewrightCheck {

	static final double MIN_CASES_PER_PARAMETER = 5;
	static final int CASES_PER_ARROW = 10;

	@Check
	public void checkIdentificationAndSample(Framework framework) {
		ModelSize size = ModelSize.of(framework);
		if (size.getObservedVariables() > 0 && size.getDegreesOfFreedom() < 0) {
			error("The model is not identified: it has " + size.getFreeParameters() + " free parameters but its "
					+ size.getObservedVariables() + " observed variables give only " + size.getMoments()
					+ " variances and covariances (t-rule); add items or fix parameters.",
					framework, Literals.FRAMEWORK__NAME, IssueCodes.NOT_IDENTIFIED,
					Integer.toString(size.getFreeParameters()), Integer.toString(size.getMoments()));
		}
		EObject owner = framework;
		EStructuralFeature feature = Literals.FRAMEWORK__SAMPLE_SIZE;
		int sample = framework.getSampleSize();
		boolean stated = framework.isSetSampleSize();
		if (framework.getPlan() != null && framework.getPlan().isSetSampleSize()) {
			owner = framework.getPlan();
			feature = Literals.STUDY_PLAN__SAMPLE_SIZE;
			sample = framework.getPlan().getSampleSize();
			stated = true;
		}
		if (!stated) {
			return;
		}
		if (sample <= 0) {
			error("The sample size must be a positive number of cases.", owner, feature, IssueCodes.INVALID_PLAN);
			return;
		}
		int parameters = size.getFreeParameters();
		if (parameters > 0 && sample < MIN_CASES_PER_PARAMETER * parameters) {
			warning(String.format(Locale.ROOT,
					"A sample of %d is small for the %d free parameters of the full structural equation model: N:q is %.1f, below %.0f; plan for at least %d cases.",
					sample, parameters, (double) sample / parameters, MIN_CASES_PER_PARAMETER,
					(int) Math.ceil(MIN_CASES_PER_PARAMETER * parameters)),
					owner, feature, IssueCodes.SAMPLE_TOO_SMALL_FOR_PARAMETERS,
					Integer.toString(sample), Integer.toString(parameters));
		}
		int arrows = size.getMaxArrowsIntoOneConstruct();
		if (arrows > 0 && sample < CASES_PER_ARROW * arrows) {
			warning("A sample of " + sample + " is below the ten-times rule: " + arrows + " arrows point at '"
					+ size.getConstructWithMostArrows().getName() + "', so at least " + CASES_PER_ARROW * arrows + " cases are needed.",
					owner, feature, IssueCodes.SAMPLE_TOO_SMALL_FOR_ARROWS, Integer.toString(sample), Integer.toString(arrows));
		}
	}

	@Check
	public void checkPlan(StudyPlan plan) {
		if (plan.isSetAlpha() && (plan.getAlpha() <= 0 || plan.getAlpha() >= 1)) {
			error("The significance level alpha lies between 0 and 1, e.g. 0.05.", plan, Literals.STUDY_PLAN__ALPHA, IssueCodes.INVALID_PLAN);
		}
		if (plan.isSetLoading() && (plan.getLoading() <= 0 || plan.getLoading() > 1)) {
			error("A standardized loading lies above 0 and at most 1.", plan, Literals.STUDY_PLAN__LOADING, IssueCodes.INVALID_PLAN);
		}
		Map<Hypothesis, ExpectedEffect> seen = new HashMap<>();
		for (ExpectedEffect effect : plan.getEffects()) {
			if (Math.abs(effect.getSize()) >= 1) {
				error("An expected standardized effect lies strictly between -1 and 1.", effect, Literals.EXPECTED_EFFECT__SIZE, IssueCodes.INVALID_PLAN);
			}
			if (effect.getHypothesis() != null && !effect.getHypothesis().eIsProxy() && seen.putIfAbsent(effect.getHypothesis(), effect) != null) {
				warning("The plan already gives an effect for " + effect.getHypothesis().getName() + ".", effect,
						Literals.EXPECTED_EFFECT__HYPOTHESIS, IssueCodes.INVALID_PLAN);
			}
		}
		for (ExpectedLoading loading : plan.getLoadings()) {
			if (loading.getLoading() <= 0 || loading.getLoading() > 1) {
				error("A standardized loading lies above 0 and at most 1.", loading, Literals.EXPECTED_LOADING__LOADING, IssueCodes.INVALID_PLAN);
			}
		}
	}
}
