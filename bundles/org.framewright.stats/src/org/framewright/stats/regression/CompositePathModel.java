package org.framewright.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Sentences;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.CompositeScores;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;

/**
 * Estimates a framework's path model by OLS on composite scores, as many papers do: each construct's score is the
 * mean of its items ({@link CompositeScores}), and each endogenous construct is regressed on its predictors
 * ({@link PathModelDesign}). From raw responses (through the {@link CompositeDesign}, whose columns a bootstrap
 * resamples too), or from a published correlation or covariance table of the constructs (or of the items, whose
 * composites the table then implies).
 */
public final class CompositePathModel {

	private CompositePathModel() {
	}

	/** The path model from raw responses. */
	public static Result<PathEstimates> estimate(ResponseData data, Framework framework) {
		return prepare(framework).estimate(data);
	}

	/**
	 * What estimating a framework's path model from raw responses needs of the framework alone (its regressions and
	 * composites), computed once, so that a simulation estimating it on thousands of samples does not recompute it.
	 */
	public static Prepared prepare(Framework framework) {
		return new Prepared(PathModelDesign.of(framework), CompositeScores.weights(framework));
	}

	/** A framework's path model, ready to be estimated from raw responses. */
	public static final class Prepared {
		private final List<Equation> equations;
		private final Map<String, Map<String, Double>> weights;

		private Prepared(List<Equation> equations, Map<String, Map<String, Double>> weights) {
			this.equations = equations;
			this.weights = weights;
		}

		/** The path model from raw responses. */
		public Result<PathEstimates> estimate(ResponseData data) {
			Result<CompositeDesign> design = CompositeDesign.of(data, equations, weights);
			if (!design.isOk()) {
				return Result.failed(design.problems());
			}
			CompositeDesign columns = design.get();
			Map<String, List<String>> expanded = new LinkedHashMap<>();
			for (Equation equation : columns.equations()) {
				equation.terms().forEach(term -> expanded.putIfAbsent(term.name(), columns.columnsOf(term)));
			}
			return fit(columns.source(), columns.moments(), columns.equations(), expanded, new ArrayList<>(design.problems()));
		}
	}

	/** The path model from a correlation or covariance table of the constructs or of the items. */
	public static Result<PathEstimates> estimate(SummaryData data, Framework framework) {
		List<Problem> problems = new ArrayList<>();
		List<Equation> equations = PathModelDesign.of(framework);
		Moments table = data.moments();
		Map<String, Map<String, Double>> weights = CompositeScores.weights(framework);
		Map<String, Map<String, Double>> combinations = new LinkedHashMap<>();
		Map<String, List<String>> expanded = new LinkedHashMap<>();
		for (Equation equation : equations) {
			List<String> needed = new ArrayList<>();
			needed.add(equation.outcome());
			for (Term term : equation.terms()) {
				if (term.isProduct()) {
					problems.add(Problem.error(StatsIssueCodes.NEEDS_RAW_DATA, "The regression of " + equation.outcome() + " needs the term "
							+ term.name() + " (" + (term.kind() == Term.Kind.SQUARE ? "the square of " + term.left() : "the product of " + term.left()
									+ " and " + term.right()) + "), which a correlation or covariance table does not give; estimate it from the raw data."));
				} else if (term.kind() == Term.Kind.CONTROL) {
					if (table.indexOf(term.name()) < 0) {
						problems.add(Problem.warning(StatsIssueCodes.MISSING_VARIABLE, "The table has no variable " + term.name() + ", so the"
								+ " regression of " + equation.outcome() + " leaves out that control."));
					} else {
						combinations.putIfAbsent(term.name(), Map.of(term.name(), 1.0));
						expanded.put(term.name(), List.of(term.name()));
					}
				} else {
					needed.add(term.name());
					expanded.put(term.name(), List.of(term.name()));
				}
			}
			for (String construct : needed) {
				if (data.level() == SummaryData.Level.CONSTRUCT) {
					requireVariable(table, construct, "the construct " + construct, problems);
					combinations.putIfAbsent(construct, Map.of(construct, 1.0));
				} else if (CompositeDesign.requireComposite(construct, weights, problems)) {
					weights.get(construct).keySet().forEach(item -> requireVariable(table, item, "the item " + item + " of " + construct, problems));
					combinations.putIfAbsent(construct, weights.get(construct));
				}
			}
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			return Result.failed(problems);
		}
		if (data.level() == SummaryData.Level.ITEM && table.standardizedOnly()) {
			problems.add(Problem.warning(StatsIssueCodes.MISSING_VARIABLE, "The table gives the items' correlations without their standard"
					+ " deviations, so each composite is the mean of standardized items rather than of the answers as given."));
		}
		return fit(data.source(), table.combine(combinations), equations, expanded, problems);
	}

	private static Result<PathEstimates> fit(String source, Moments moments, List<Equation> equations, Map<String, List<String>> expanded,
			List<Problem> problems) {
		List<RegressionResult> regressions = new ArrayList<>();
		for (Equation equation : equations) {
			List<String> predictors = new ArrayList<>();
			equation.terms().forEach(term -> predictors.addAll(expanded.getOrDefault(term.name(), List.of())));
			Result<RegressionResult> fitted = LeastSquares.fit(moments, equation.outcome(), predictors);
			problems.addAll(fitted.problems());
			fitted.value().ifPresent(regressions::add);
		}
		return Result.of(new PathEstimates(source, moments.n(), regressions), problems);
	}

	private static void requireVariable(Moments table, String name, String what, List<Problem> problems) {
		boolean reported = problems.stream().anyMatch(p -> name.equals(p.column()) && p.isError());
		if (table.indexOf(name) < 0 && !reported) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MISSING_VARIABLE, null, 0, name, "The table has no"
					+ " variable " + name + ", " + what + "; the table's variables are " + Sentences.list(table.names()) + "."));
		}
	}
}
