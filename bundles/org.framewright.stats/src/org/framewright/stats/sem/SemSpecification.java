package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.CategoricalScale;
import org.framewright.model.Construct;
import org.framewright.model.ConstructKind;
import org.framewright.model.Control;
import org.framewright.model.ControlKind;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;
import org.framewright.model.Moderation;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;

/**
 * The structural equation models of a framework, specified as its generated lavaan code specifies them (with
 * lavaan's defaults for {@code sem()} and {@code cfa()} written out):
 * <ul>
 * <li>each first-order construct measured by its items, each higher-order construct by its dimensions, the first
 * loading fixed to 1 (lavaan's marker); formative constructs are estimated as reflective, with a warning, since ML
 * on covariances cannot identify a composite without outcomes of its own;</li>
 * <li>(structural model) a regression for every path the hypotheses state or imply, the moderator's own effect on
 * the outcome of a moderation, and the controls (observed) on their outcomes; interaction and quadratic terms are
 * not estimated in this version, with a note;</li>
 * <li>the exogenous latent constructs covarying freely with each other and with the controls, the controls with
 * each other; the disturbances of the pure outcomes (endogenous constructs that predict nothing) covarying, as
 * lavaan's auto.cov.y does;</li>
 * <li>(CFA) every construct that is no dimension of another covarying with every other;</li>
 * <li>a residual variance for every item and endogenous construct, a variance for every exogenous variable.</li>
 * </ul>
 */
public final class SemSpecification {

	private final Framework framework;
	private final SemModelBuilder model = new SemModelBuilder();
	private final List<Problem> errors = new ArrayList<>();

	private SemSpecification(Framework framework) {
		this.framework = framework;
	}

	/** The full model: measurement, structural paths and controls. */
	public static Result<SemModel> structural(Framework framework) {
		SemSpecification specification = new SemSpecification(framework);
		specification.measurement();
		specification.structure();
		return specification.finish("the structural equation model of " + framework.getName());
	}

	/** The confirmatory factor analysis: the measurement model only, all constructs covarying. */
	public static Result<SemModel> measurement(Framework framework) {
		SemSpecification specification = new SemSpecification(framework);
		specification.measurement();
		List<String> top = specification.model.latents().stream().filter(latent -> !specification.model.isIndicator(latent)).toList();
		specification.covaryAll(top);
		return specification.finish("the measurement model (CFA) of " + framework.getName());
	}

	private void measurement() {
		for (Construct construct : framework.getConstructs()) {
			if (construct.getName() == null) {
				continue;
			}
			if (construct.isHigherOrder()) {
				List<Construct> dimensions = construct.getDimensions().stream().filter(SemSpecification::resolved).toList();
				model.latent(construct.getName());
				for (int i = 0; i < dimensions.size(); i++) {
					model.latent(dimensions.get(i).getName());
					model.loading(construct.getName(), dimensions.get(i).getName(), i == 0);
				}
			} else if (!construct.getItems().isEmpty()) {
				model.latent(construct.getName());
				List<Item> items = construct.getItems();
				for (int i = 0; i < items.size(); i++) {
					model.observed(items.get(i).getName());
					model.loading(construct.getName(), items.get(i).getName(), i == 0);
				}
			} else {
				continue;
			}
			if (construct.getKind() == ConstructKind.FORMATIVE) {
				model.note(new Problem(Severity.WARNING, StatsIssueCodes.ESTIMATED_AS_REFLECTIVE, null, 0, construct.getName(), construct.getName()
						+ " is formative, but is estimated as reflective (its " + (construct.isHigherOrder() ? "dimensions" : "items")
						+ " as its indicators): covariance-based ML cannot identify a composite without outcomes of its own; read its loadings"
						+ " as a check of the items' common variance, and estimate its weights with PLS-SEM."));
			}
		}
	}

	private void structure() {
		StructuralModel structure = StructuralModel.of(framework);
		for (Path path : structure.getPaths()) {
			regression(path.getEffect(), path.getCause().getName());
		}
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			if (hypothesis instanceof DirectEffect direct && direct.isCurvilinear() && resolved(direct.getCause()) && resolved(direct.getEffect())) {
				notEstimated(hypothesis, "the quadratic term of " + direct.getCause().getName() + " on " + direct.getEffect().getName());
			} else if (hypothesis instanceof Moderation moderation) {
				Construct cause = StructuralModel.moderatedCause(moderation);
				Construct effect = StructuralModel.moderatedEffect(moderation);
				if (resolved(cause) && resolved(effect) && resolved(moderation.getModerator())) {
					// The interaction is only interpretable next to the moderator's own effect, as the analysis code has it.
					regression(effect, moderation.getModerator().getName());
					notEstimated(hypothesis, "the interaction of " + cause.getName() + " and " + moderation.getModerator().getName() + " on "
							+ effect.getName() + " (the latent product term)");
				}
			}
		}
		List<String> controls = new ArrayList<>();
		for (Control control : framework.getControls()) {
			if (control.getName() != null && enter(control)) {
				for (Construct outcome : structure.getControlledOutcomes(control)) {
					if (resolved(outcome) && model.latents().contains(outcome.getName())) {
						model.observed(control.getName());
						model.regression(outcome.getName(), control.getName());
						if (!controls.contains(control.getName())) {
							controls.add(control.getName());
						}
					}
				}
			}
		}
		List<String> exogenous = new ArrayList<>(model.latents().stream().filter(latent -> !model.isEndogenous(latent)).toList());
		exogenous.addAll(controls);
		covaryAll(exogenous);
		List<String> pureOutcomes = model.latents().stream()
				.filter(latent -> model.isEndogenous(latent) && !model.isPredictor(latent) && !model.isIndicator(latent)).toList();
		covaryAll(pureOutcomes);
	}

	/** A numeric control, or a categorical one of two codes (one dummy, up to a linear recoding), is entered as it is. */
	private boolean enter(Control control) {
		if (control.getKind() != ControlKind.CATEGORICAL || control.getScale() instanceof CategoricalScale scale && scale.getChoices().size() <= 2) {
			return true;
		}
		model.note(new Problem(Severity.WARNING, StatsIssueCodes.TERM_NOT_ESTIMATED, null, 0, control.getName(), "The categorical control "
				+ control.getName() + " has more than two categories; this version of the structural equation model leaves it out (the"
				+ " composite path model enters it by dummy variables)."));
		return false;
	}

	private void regression(Construct outcome, String predictor) {
		if (!model.latents().contains(outcome.getName()) || !model.latents().contains(predictor)) {
			String missing = model.latents().contains(outcome.getName()) ? predictor : outcome.getName();
			Problem problem = new Problem(Severity.ERROR, StatsIssueCodes.NO_MEASUREMENT, null, 0, missing, "The construct " + missing
					+ " has neither items nor dimensions, so a structural equation model cannot measure it.");
			if (!errors.contains(problem)) {
				errors.add(problem);
			}
			return;
		}
		model.regression(outcome.getName(), predictor);
	}

	private void notEstimated(Hypothesis hypothesis, String term) {
		model.note(new Problem(Severity.INFO, StatsIssueCodes.TERM_NOT_ESTIMATED, null, 0, null, "Hypothesis " + hypothesis.getName()
				+ " needs " + term + ", which this version of the structural equation model does not estimate; its main effects are"
				+ " estimated, and the composite path model tests the term."));
	}

	private void covaryAll(List<String> variables) {
		for (int i = 0; i < variables.size(); i++) {
			for (int j = i + 1; j < variables.size(); j++) {
				model.covariance(variables.get(i), variables.get(j));
			}
		}
	}

	private Result<SemModel> finish(String description) {
		model.observedVariables().forEach(item -> model.covariance(item, item));
		model.latents().forEach(latent -> model.covariance(latent, latent));
		if (model.latents().isEmpty()) {
			errors.add(Problem.error(StatsIssueCodes.NO_MEASUREMENT, framework.getName() + " has no construct with items, so there is no"
					+ " structural equation model to estimate."));
		}
		SemModel built = model.build(description);
		List<Problem> problems = new ArrayList<>(errors);
		problems.addAll(built.notes());
		return Result.of(built, problems);
	}

	private static boolean resolved(Construct construct) {
		return construct != null && !construct.eIsProxy() && construct.getName() != null;
	}
}
