package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.stats.Problem;

/**
 * Collects the variables and parameters of a model by name, then numbers the variables (observed first) and
 * builds the {@link SemModel}. A parameter stated twice counts once.
 */
final class SemModelBuilder {

	private record Entry(String lhs, Parameter.Kind kind, String rhs, boolean free, double value) {
	}

	private final Set<String> observed = new LinkedHashSet<>();
	private final Set<String> latent = new LinkedHashSet<>();
	private final Set<String> endogenous = new LinkedHashSet<>();
	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private final List<Problem> notes = new ArrayList<>();

	void observed(String name) {
		observed.add(name);
	}

	void latent(String name) {
		latent.add(name);
	}

	/** {@code factor =~ indicator}, fixed to 1 for the factor's first indicator (lavaan's marker). */
	void loading(String factor, String indicator, boolean marker) {
		add(new Entry(factor, Parameter.Kind.LOADING, indicator, !marker, marker ? 1 : 0));
		if (latent.contains(indicator)) {
			endogenous.add(indicator);
		}
	}

	/** {@code outcome ~ predictor}. */
	void regression(String outcome, String predictor) {
		add(new Entry(outcome, Parameter.Kind.REGRESSION, predictor, true, 0));
		endogenous.add(outcome);
	}

	/** {@code a ~~ b}, free. */
	void covariance(String a, String b) {
		if (!entries.containsKey(key(b, Parameter.Kind.COVARIANCE, a))) {
			add(new Entry(a, a.equals(b) ? Parameter.Kind.VARIANCE : Parameter.Kind.COVARIANCE, b, true, 0));
		}
	}

	void note(Problem note) {
		notes.add(note);
	}

	boolean isEndogenous(String latentName) {
		return endogenous.contains(latentName);
	}

	/** Whether a latent variable predicts another in some regression. */
	boolean isPredictor(String name) {
		return entries.values().stream().anyMatch(e -> e.kind() == Parameter.Kind.REGRESSION && e.rhs().equals(name));
	}

	/** Whether a latent variable is an indicator of another (a dimension of a higher-order construct). */
	boolean isIndicator(String name) {
		return entries.values().stream().anyMatch(e -> e.kind() == Parameter.Kind.LOADING && e.rhs().equals(name));
	}

	List<String> latents() {
		return List.copyOf(latent);
	}

	List<String> observedVariables() {
		return List.copyOf(observed);
	}

	SemModel build(String description) {
		List<String> all = new ArrayList<>(observed);
		all.addAll(latent);
		List<Parameter> parameters = new ArrayList<>();
		for (Parameter.Kind kind : Parameter.Kind.values()) {
			for (Entry e : entries.values()) {
				if (e.kind() != kind) {
					continue;
				}
				int lhs = all.indexOf(e.lhs());
				int rhs = all.indexOf(e.rhs());
				// A loading F =~ x is the path F -> x, A[x][F]; a regression y ~ x is A[y][x]; a covariance is symmetric.
				int target = kind == Parameter.Kind.LOADING ? rhs : lhs;
				int source = kind == Parameter.Kind.LOADING ? lhs : rhs;
				parameters.add(new Parameter(e.lhs(), kind, e.rhs(), target, source, e.free(), e.value()));
			}
		}
		return new SemModel(description, List.copyOf(observed), List.copyOf(latent), endogenous, parameters, notes);
	}

	private void add(Entry entry) {
		entries.putIfAbsent(key(entry.lhs(), entry.kind(), entry.rhs()), entry);
	}

	private static String key(String lhs, Parameter.Kind kind, String rhs) {
		return lhs + " " + kind.operator() + " " + rhs;
	}
}
