package org.framewright.model.structure;

import java.util.LinkedHashSet;
import java.util.Set;

import org.framewright.model.Construct;
import org.framewright.model.ConstructKind;
import org.framewright.model.Control;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Moderation;

/**
 * The size of the full covariance-based structural equation model a framework implies, counted before any data
 * exist: observed variables, the moments they give, and the free parameters to estimate.
 * <p>
 * Conventions (those of lavaan's {@code sem()} defaults): each latent construct is scaled by fixing its first
 * loading to 1; every indicator has a residual variance; exogenous constructs and controls have free variances
 * and covariances; each endogenous construct has a disturbance variance; each structural path, each control's
 * path to an outcome, each quadratic term (curvilinear hypothesis) and each latent interaction (moderation,
 * estimated as in latent moderated structural equations, where a product term adds only its path) is one
 * parameter, and a moderator gets a main-effect path on the moderated outcome. A formative construct is counted
 * as a composite: its first weight fixed, the others free, its indicators' variances and covariances free.
 * A second-order construct loads on its dimensions like a reflective construct on items. Constructs without
 * items or dimensions are not measured and are left out.
 */
public final class ModelSize {

	private int observedVariables;
	private int freeParameters;
	private int maxArrowsIntoOneConstruct;
	private Construct constructWithMostArrows;

	private ModelSize() {
	}

	/** Counts the model of a framework. */
	public static ModelSize of(Framework framework) {
		ModelSize size = new ModelSize();
		size.count(framework, StructuralModel.of(framework));
		return size;
	}

	/** The number of observed variables: the items of measured constructs and the controls. */
	public int getObservedVariables() {
		return observedVariables;
	}

	/** The number of distinct variances and covariances of the observed variables, p(p+1)/2. */
	public int getMoments() {
		return observedVariables * (observedVariables + 1) / 2;
	}

	/** The number of free parameters (q). */
	public int getFreeParameters() {
		return freeParameters;
	}

	/** The degrees of freedom, moments minus free parameters; negative means the model is not identified. */
	public int getDegreesOfFreedom() {
		return getMoments() - freeParameters;
	}

	/**
	 * The largest number of arrows pointing at one construct: structural paths, control paths, interaction and
	 * quadratic terms, and for a formative construct its indicators (the quantity of the ten-times rule).
	 */
	public int getMaxArrowsIntoOneConstruct() {
		return maxArrowsIntoOneConstruct;
	}

	/** The construct with the most arrows pointing at it; null when no arrow points at any construct. */
	public Construct getConstructWithMostArrows() {
		return constructWithMostArrows;
	}

	private void count(Framework framework, StructuralModel structure) {
		Set<Construct> dimensions = new LinkedHashSet<>();
		for (Construct construct : framework.getConstructs()) {
			construct.getDimensions().stream().filter(d -> !d.eIsProxy()).forEach(dimensions::add);
		}
		Set<Construct> endogenous = structure.getEndogenous();
		int exogenousVariables = 0;
		for (Construct construct : framework.getConstructs()) {
			if (!isMeasured(construct)) {
				continue;
			}
			countMeasurement(construct);
			boolean explained = endogenous.contains(construct) || dimensions.contains(construct);
			if (explained) {
				freeParameters++; // disturbance variance
			} else {
				exogenousVariables++;
			}
		}
		for (Control control : framework.getControls()) {
			observedVariables++;
			exogenousVariables++;
			freeParameters += structure.getControlledOutcomes(control).size();
		}
		freeParameters += exogenousVariables * (exogenousVariables + 1) / 2;
		freeParameters += structure.getPaths().size();
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			freeParameters += extraTerms(hypothesis, structure);
		}
		countArrowsIn(framework, structure);
	}

	private void countMeasurement(Construct construct) {
		if (construct.isHigherOrder()) {
			int d = construct.getDimensions().size();
			freeParameters += d - 1; // second-order loadings, first fixed
			return;
		}
		int k = construct.getItems().size();
		observedVariables += k;
		if (construct.getKind() == ConstructKind.FORMATIVE) {
			freeParameters += (k - 1) + k * (k + 1) / 2; // weights, indicator (co)variances
		} else {
			freeParameters += (k - 1) + k; // loadings, residual variances
		}
	}

	private static int extraTerms(Hypothesis hypothesis, StructuralModel structure) {
		if (hypothesis instanceof DirectEffect direct && direct.isCurvilinear()) {
			return 1; // quadratic term
		}
		if (hypothesis instanceof Moderation moderation) {
			Construct effect = StructuralModel.moderatedEffect(moderation);
			Construct moderator = moderation.getModerator();
			boolean mainEffectStated = effect != null && moderator != null
					&& structure.getPath(moderator, effect).isPresent();
			return 1 + (mainEffectStated ? 0 : 1); // interaction, moderator's main effect
		}
		return 0;
	}

	private void countArrowsIn(Framework framework, StructuralModel structure) {
		for (Construct construct : framework.getConstructs()) {
			int arrows = structure.getPredictors(construct).size();
			for (Control control : framework.getControls()) {
				if (structure.getControlledOutcomes(control).contains(construct)) {
					arrows++;
				}
			}
			for (Hypothesis hypothesis : framework.getHypotheses()) {
				if (hypothesis instanceof Moderation m && StructuralModel.moderatedEffect(m) == construct) {
					arrows += extraTerms(m, structure);
				} else if (hypothesis instanceof DirectEffect d && d.getEffect() == construct && d.isCurvilinear()) {
					arrows++;
				}
			}
			if (construct.getKind() == ConstructKind.FORMATIVE) {
				arrows = Math.max(arrows, construct.getItems().size());
			}
			if (arrows > maxArrowsIntoOneConstruct) {
				maxArrowsIntoOneConstruct = arrows;
				constructWithMostArrows = construct;
			}
		}
	}

	private static boolean isMeasured(Construct construct) {
		return !construct.getItems().isEmpty() || construct.isHigherOrder();
	}
}
