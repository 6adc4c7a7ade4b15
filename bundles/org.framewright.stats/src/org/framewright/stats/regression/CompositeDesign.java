package org.framewright.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.framewright.model.Framework;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.CompositeScores;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.Variable;

/**
 * The design matrix of a framework's composite path model on raw responses, case by case: each construct's
 * composite score, the products ({@code X_x_W}) and squares ({@code X_sq}) of the composites centred at the
 * sample's means, and the controls (a categorical one as dummy variables, every code but the lowest, as R's
 * {@code factor}). Built once from the full sample, so that the estimation and a bootstrap of its cases regress on
 * the same columns: a resample draws rows of this matrix, with the products centred at the full sample's means, as
 * PROCESS resamples its (centred) data.
 */
public final class CompositeDesign {

	private final String source;
	private final List<Equation> equations;
	private final Map<String, double[]> columns;
	private final Map<String, List<String>> expanded;

	private CompositeDesign(String source, List<Equation> equations, Map<String, double[]> columns, Map<String, List<String>> expanded) {
		this.source = source;
		this.equations = List.copyOf(equations);
		this.columns = columns;
		this.expanded = expanded;
	}

	/** The design of a framework's path model on raw responses; failed when a construct it needs has no composite. */
	public static Result<CompositeDesign> of(ResponseData data, Framework framework) {
		return of(data, PathModelDesign.of(framework), CompositeScores.weights(framework));
	}

	/**
	 * The design from a framework's regressions and composite weights computed beforehand, as a simulation does once
	 * for thousands of samples.
	 */
	static Result<CompositeDesign> of(ResponseData data, List<Equation> equations, Map<String, Map<String, Double>> weights) {
		List<Problem> problems = new ArrayList<>();
		Map<String, double[]> scores = CompositeScores.of(data, weights);
		Map<String, double[]> columns = new LinkedHashMap<>();
		Map<String, List<String>> expanded = new LinkedHashMap<>();
		for (Equation equation : equations) {
			requireComposite(equation.outcome(), weights, problems);
			for (Term term : equation.terms()) {
				if (expanded.containsKey(term.name())) {
					continue;
				}
				switch (term.kind()) {
					case CONSTRUCT -> {
						if (requireComposite(term.left(), weights, problems)) {
							columns.put(term.name(), scores.get(term.left()));
							expanded.put(term.name(), List.of(term.name()));
						}
					}
					case PRODUCT, SQUARE -> {
						if (requireComposite(term.left(), weights, problems) & requireComposite(term.right(), weights, problems)) {
							columns.put(term.name(), centredProduct(scores.get(term.left()), scores.get(term.right())));
							expanded.put(term.name(), List.of(term.name()));
						}
					}
					case CONTROL -> expanded.put(term.name(), control(data, term.name(), columns, problems));
				}
			}
			if (scores.containsKey(equation.outcome())) {
				columns.put(equation.outcome(), scores.get(equation.outcome()));
			}
		}
		if (problems.stream().anyMatch(Problem::isError)) {
			return Result.failed(problems);
		}
		return Result.of(new CompositeDesign(data.source(), equations, columns, expanded), problems);
	}

	/** The data's file (or description). */
	public String source() {
		return source;
	}

	/** The regressions, in the order of {@link PathModelDesign#of}. */
	public List<Equation> equations() {
		return equations;
	}

	/** The columns of the design, outcomes and predictors, in the order they were first needed. */
	public List<String> names() {
		return List.copyOf(columns.keySet());
	}

	/** A column of the design, case by case (not a copy: do not change it). */
	public double[] column(String name) {
		return columns.get(name);
	}

	/** The columns a term enters a regression as: itself, or a categorical control's dummies (none if it has one category). */
	public List<String> columnsOf(Term term) {
		return expanded.getOrDefault(term.name(), List.of());
	}

	/** The columns of an equation's predictors, in order. */
	public List<String> predictors(Equation equation) {
		List<String> predictors = new ArrayList<>();
		equation.terms().forEach(term -> predictors.addAll(columnsOf(term)));
		return predictors;
	}

	/** The means, covariances and N of every column. */
	public Moments moments() {
		List<String> names = names();
		return Moments.of(names, names.stream().map(columns::get).toList());
	}

	/** A control's columns: itself when numeric, dummy variables (all codes but the lowest) when categorical. */
	private static List<String> control(ResponseData data, String name, Map<String, double[]> columns, List<Problem> problems) {
		Variable variable = data.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
		double[] values = data.column(name);
		if (!variable.categorical()) {
			columns.put(name, values);
			return List.of(name);
		}
		TreeSet<Double> levels = new TreeSet<>();
		for (double value : values) {
			levels.add(value);
		}
		if (levels.size() < 2) {
			problems.add(Problem.warning(StatsIssueCodes.ZERO_VARIANCE, "The control " + name + " has the same category in every case, so"
					+ " it is left out of the regressions."));
			return List.of();
		}
		List<String> dummies = new ArrayList<>();
		for (double level : levels.tailSet(levels.first(), false)) {
			String dummy = name + "=" + (level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level));
			double[] column = new double[values.length];
			for (int c = 0; c < values.length; c++) {
				column[c] = values[c] == level ? 1 : 0;
			}
			columns.put(dummy, column);
			dummies.add(dummy);
		}
		return dummies;
	}

	private static double[] centredProduct(double[] left, double[] right) {
		double meanLeft = mean(left);
		double meanRight = mean(right);
		double[] product = new double[left.length];
		for (int c = 0; c < left.length; c++) {
			product[c] = (left[c] - meanLeft) * (right[c] - meanRight);
		}
		return product;
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** Whether a construct has a composite score; an error (once per construct) if not. */
	static boolean requireComposite(String construct, Map<String, Map<String, Double>> weights, List<Problem> problems) {
		if (weights.containsKey(construct)) {
			return true;
		}
		Set<String> reported = new LinkedHashSet<>();
		problems.stream().filter(p -> StatsIssueCodes.MISSING_VARIABLE.equals(p.code())).forEach(p -> reported.add(p.column()));
		if (!reported.contains(construct)) {
			problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MISSING_VARIABLE, null, 0, construct, "The construct "
					+ construct + " has neither items nor dimensions with items, so it has no composite score to regress."));
		}
		return false;
	}
}
