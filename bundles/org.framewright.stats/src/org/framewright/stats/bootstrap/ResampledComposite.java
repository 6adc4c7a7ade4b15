package org.framewright.stats.bootstrap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.MediationStage;
import org.framewright.model.Moderation;
import org.framewright.model.structure.StructuralModel;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.regression.CompositeDesign;
import org.framewright.stats.regression.Equation;

/**
 * A framework's composite path model refitted by OLS to each resample, as PROCESS (Hayes 2022) bootstraps its
 * regressions: the design matrix (composites, products and squares centred at the full sample's means, dummy-coded
 * controls) is built once from the full sample ({@link CompositeDesign}); a draw weights its rows, and each
 * regression's slopes solve the normal equations S_xx b = s_xy of the weighted covariance matrix of the columns (the
 * intercept, which no quantity needs, absorbs the means), which are lm's slopes on the resampled rows.
 * <p>
 * Its quantities: each moderation's interaction and its simple slopes of X on Y at W = mean - 1 SD, mean and mean
 * + 1 SD; each moderated mediation's index (the interaction times the chain's other segments) and its conditional
 * indirect effects at the same three levels of W (every segment of the chain that W moderates at its conditional
 * slope, so a chain moderated at both stages by one moderator gets (a1 + a3 w)(b1 + b3 w)); each curvilinear
 * hypothesis's square. W's mean and standard
 * deviation (divisor N - 1, as R's {@code sd}) are the full sample's, fixed across draws as PROCESS probes; as the
 * product is centred at W's mean, the slope of X at W = mean + k SD is b_X + k SD b_XW.
 */
final class ResampledComposite extends ResampledModel {

	/**
	 * A predictor whose variance left unexplained by the predictors before it is below this share of its full-sample
	 * variance makes the regression singular (the same bound as {@code MatrixDiagnosis}): e.g. a dummy whose category
	 * no resampled case has, or a composite constant in the resample.
	 */
	private static final double SINGULAR_PIVOT = 1e-10;

	private final String description;
	private final CaseWeights cases;
	/** Per regression the quantities need: the design column of its outcome, then of its predictors. */
	private final int[][] regressions;
	private final double[] fullVariance;
	private final List<Evaluation<double[][]>> evaluations;

	private ResampledComposite(String description, CaseWeights cases, int[][] regressions, double[] fullVariance,
			List<Evaluation<double[][]>> evaluations) {
		this.description = description;
		this.cases = cases;
		this.regressions = regressions;
		this.fullVariance = fullVariance;
		this.evaluations = evaluations;
	}

	static Result<ResampledModel> of(Framework framework, ResponseData data) {
		Result<CompositeDesign> design = CompositeDesign.of(data, framework);
		if (!design.isOk()) {
			return Result.failed(design.problems());
		}
		CompositeDesign columns = design.get();
		List<String> names = columns.names();
		double[][] values = new double[names.size()][];
		for (int j = 0; j < values.length; j++) {
			values[j] = columns.column(names.get(j));
		}
		Quantities quantities = new Quantities(columns);
		quantities.of(framework);
		int[][] regressions = new int[quantities.needed.size()][];
		for (int e = 0; e < regressions.length; e++) {
			Equation equation = quantities.needed.get(e);
			List<String> predictors = columns.predictors(equation);
			regressions[e] = new int[predictors.size() + 1];
			regressions[e][0] = names.indexOf(equation.outcome());
			for (int j = 0; j < predictors.size(); j++) {
				regressions[e][j + 1] = names.indexOf(predictors.get(j));
			}
		}
		double[] fullVariance = new double[names.size()];
		for (int j = 0; j < fullVariance.length; j++) {
			fullVariance[j] = variance(values[j]);
		}
		ResampledModel model = new ResampledComposite("the composite path model of " + framework.getName(), new CaseWeights(values), regressions,
				fullVariance, quantities.evaluations());
		return Result.of(model, design.problems());
	}

	@Override
	String description() {
		return description;
	}

	@Override
	int cases() {
		return cases.cases();
	}

	@Override
	List<BootstrapQuantity> quantities() {
		return evaluations.stream().map(Evaluation::quantity).toList();
	}

	@Override
	List<Problem> notes() {
		return List.of();
	}

	@Override
	Refit refitter() {
		int p = fullVariance.length;
		double[][] covariance = new double[p][p];
		double[] mean = new double[p];
		double[][] slopes = new double[regressions.length][];
		double[][][] factors = new double[regressions.length][][];
		for (int e = 0; e < regressions.length; e++) {
			slopes[e] = new double[regressions[e].length - 1];
			factors[e] = new double[slopes[e].length][slopes[e].length];
		}
		return (weights, into, offset) -> {
			cases.covariance(weights, covariance, mean);
			boolean solved = true;
			for (int e = 0; e < regressions.length && solved; e++) {
				solved = solve(covariance, regressions[e], factors[e], slopes[e]);
			}
			for (int k = 0; k < evaluations.size(); k++) {
				into[offset + k] = solved ? evaluations.get(k).value().applyAsDouble(slopes) : Double.NaN;
			}
			return solved ? RefitStatus.ADMISSIBLE : RefitStatus.NOT_POSITIVE_DEFINITE;
		};
	}

	/**
	 * The slopes of one regression from the covariance matrix of the columns: the Cholesky factor L of S_xx (into
	 * {@code factor}), then L L' b = s_xy by forward and back substitution. False if S_xx is singular.
	 */
	private boolean solve(double[][] covariance, int[] columns, double[][] factor, double[] slopes) {
		int k = slopes.length;
		for (int i = 0; i < k; i++) {
			double[] si = covariance[columns[i + 1]];
			for (int j = 0; j <= i; j++) {
				double sum = si[columns[j + 1]];
				for (int l = 0; l < j; l++) {
					sum -= factor[i][l] * factor[j][l];
				}
				if (i == j) {
					if (!(sum > SINGULAR_PIVOT * fullVariance[columns[i + 1]])) {
						return false;
					}
					factor[i][i] = Math.sqrt(sum);
				} else {
					factor[i][j] = sum / factor[j][j];
				}
			}
		}
		int outcome = columns[0];
		for (int i = 0; i < k; i++) {
			double sum = covariance[columns[i + 1]][outcome];
			for (int l = 0; l < i; l++) {
				sum -= factor[i][l] * slopes[l];
			}
			slopes[i] = sum / factor[i][i];
		}
		for (int i = k - 1; i >= 0; i--) {
			double sum = slopes[i];
			for (int l = i + 1; l < k; l++) {
				sum -= factor[l][i] * slopes[l];
			}
			slopes[i] = sum / factor[i][i];
		}
		return true;
	}

	private static double variance(double[] values) {
		double mean = 0;
		for (double value : values) {
			mean += value;
		}
		mean /= values.length;
		double sum = 0;
		for (double value : values) {
			sum += (value - mean) * (value - mean);
		}
		return sum / (values.length - 1);
	}

	/**
	 * The quantities of a framework's moderations, moderated mediations and curvilinear effects, grouped by kind, each
	 * computed from the slopes of the regressions it needs (the slopes indexed by regression, then predictor).
	 */
	private static final class Quantities {

		private final CompositeDesign design;
		private final List<Equation> needed = new ArrayList<>();
		private final Map<BootstrapQuantity.Kind, List<Evaluation<double[][]>>> byKind = new EnumMap<>(BootstrapQuantity.Kind.class);

		Quantities(CompositeDesign design) {
			this.design = design;
		}

		/** A coefficient's place among the slopes (regression, predictor), or null if the model has no such term. */
		private record Place(int regression, int predictor) {
			double of(double[][] slopes) {
				return slopes[regression][predictor];
			}
		}

		void of(Framework framework) {
			for (Hypothesis hypothesis : framework.getHypotheses()) {
				if (hypothesis instanceof DirectEffect direct && direct.isCurvilinear() && resolved(direct.getCause(), direct.getEffect())) {
					String x = direct.getCause().getName();
					String y = direct.getEffect().getName();
					Place square = place(y, x + "_sq");
					if (square != null) {
						add(BootstrapQuantity.coefficientName(y, x + "_sq"), BootstrapQuantity.Kind.SQUARE, square::of);
					}
				} else if (hypothesis instanceof Moderation moderation) {
					moderation(moderation);
				}
			}
		}

		private void moderation(Moderation moderation) {
			Construct cause = StructuralModel.moderatedCause(moderation);
			Construct effect = StructuralModel.moderatedEffect(moderation);
			Construct moderator = moderation.getModerator();
			if (!resolved(cause, effect, moderator) || design.column(moderator.getName()) == null) {
				return;
			}
			String x = cause.getName();
			String y = effect.getName();
			String w = moderator.getName();
			String product = x + "_x_" + w;
			Place slope = place(y, x);
			Place interaction = place(y, product);
			if (slope == null || interaction == null) {
				return;
			}
			double sd = Math.sqrt(variance(design.column(w)));
			add(BootstrapQuantity.coefficientName(y, product), BootstrapQuantity.Kind.INTERACTION, interaction::of);
			for (BootstrapQuantity.Probe probe : BootstrapQuantity.Probe.values()) {
				double offset = probe.standardDeviations() * sd;
				add(BootstrapQuantity.conditionalName(List.of(x, y), w, probe), BootstrapQuantity.Kind.SIMPLE_SLOPE,
						slopes -> slope.of(slopes) + offset * interaction.of(slopes));
			}
			if (!moderation.isModeratedMediation() || !resolved(moderation.getMediation().getChain().toArray(Construct[]::new))) {
				return;
			}
			List<String> chain = moderation.getMediation().getChain().stream().map(Construct::getName).toList();
			int stage = moderation.getStage() == MediationStage.FIRST ? 0 : chain.size() - 2;
			List<Place> others = new ArrayList<>();
			for (int i = 0; i + 1 < chain.size(); i++) {
				if (i != stage) {
					Place segment = place(chain.get(i + 1), chain.get(i));
					if (segment == null) {
						return;
					}
					others.add(segment);
				}
			}
			ToDoubleFunction<double[][]> rest = slopes -> {
				double product1 = 1;
				for (Place other : others) {
					product1 *= other.of(slopes);
				}
				return product1;
			};
			add(BootstrapQuantity.indexName(moderation.getMediation().getName(), w, moderation.getStage()),
					BootstrapQuantity.Kind.INDEX_OF_MODERATED_MEDIATION, slopes -> interaction.of(slopes) * rest.applyAsDouble(slopes));
			// The conditional indirect effect takes every segment at the moderator's level: a segment W also moderates
			// (both stages, in a second hypothesis) at its conditional slope, the others at their slopes.
			List<Place> segments = new ArrayList<>();
			List<Place> moderated = new ArrayList<>();
			for (int i = 0; i + 1 < chain.size(); i++) {
				segments.add(place(chain.get(i + 1), chain.get(i)));
				moderated.add(place(chain.get(i + 1), chain.get(i) + "_x_" + w));
			}
			for (BootstrapQuantity.Probe probe : BootstrapQuantity.Probe.values()) {
				double offset = probe.standardDeviations() * sd;
				add(BootstrapQuantity.conditionalName(chain, w, probe), BootstrapQuantity.Kind.CONDITIONAL_INDIRECT, slopes -> {
					double product1 = 1;
					for (int i = 0; i < segments.size(); i++) {
						product1 *= segments.get(i).of(slopes) + (moderated.get(i) == null ? 0 : offset * moderated.get(i).of(slopes));
					}
					return product1;
				});
			}
		}

		/** Adds a quantity unless one of that name is there (two hypotheses may share a moderation). */
		private void add(String name, BootstrapQuantity.Kind kind, ToDoubleFunction<double[][]> value) {
			boolean known = byKind.values().stream().flatMap(List::stream).anyMatch(e -> e.quantity().name().equals(name));
			if (!known) {
				byKind.computeIfAbsent(kind, key -> new ArrayList<>()).add(new Evaluation<>(new BootstrapQuantity(name, kind), value));
			}
		}

		/** Where the coefficient of a term in the regression of an outcome will be, the regression then being needed. */
		private Place place(String outcome, String term) {
			for (Equation equation : design.equations()) {
				if (!equation.outcome().equals(outcome)) {
					continue;
				}
				int predictor = design.predictors(equation).indexOf(term);
				if (predictor < 0) {
					return null;
				}
				if (!needed.contains(equation)) {
					needed.add(equation);
				}
				return new Place(needed.indexOf(equation), predictor);
			}
			return null;
		}

		/** The quantities in the order of their kinds. */
		List<Evaluation<double[][]>> evaluations() {
			List<Evaluation<double[][]>> all = new ArrayList<>();
			byKind.values().forEach(all::addAll);
			return all;
		}

		private static boolean resolved(Construct... constructs) {
			for (Construct construct : constructs) {
				if (construct == null || construct.eIsProxy()) {
					return false;
				}
			}
			return constructs.length > 0;
		}
	}
}
