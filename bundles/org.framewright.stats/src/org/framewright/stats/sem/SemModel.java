package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.framewright.stats.Problem;

/**
 * A structural equation model ready for estimation: its observed variables (the columns of the data, in this
 * order), its latent variables, and its parameters, free or fixed, in the order lavaan's parameter table lists them
 * (loadings, regressions, covariances, variances). The notes say what the specification changed or left out
 * relative to the framework (a formative construct estimated as reflective, an interaction not estimated).
 *
 * @param description what the model is, for messages, e.g. "the structural model of SmeAlliances"
 * @param observed    the observed variables: items and controls
 * @param latent      the latent variables: constructs
 * @param endogenous  the latent variables with a path into them (regressions or a higher-order factor): their
 *                    variance parameter is a residual variance and they have an R²
 * @param parameters  every parameter, free or fixed
 * @param notes       what the specification says about itself, as warnings and notes
 */
public record SemModel(String description, List<String> observed, List<String> latent, Set<String> endogenous, List<Parameter> parameters,
		List<Problem> notes) {

	public SemModel {
		observed = List.copyOf(observed);
		latent = List.copyOf(latent);
		endogenous = Set.copyOf(endogenous);
		parameters = List.copyOf(parameters);
		notes = List.copyOf(notes);
	}

	/** The number of variables, observed and latent: the order of the RAM matrices. */
	public int variableCount() {
		return observed.size() + latent.size();
	}

	/** A variable's position among all variables (observed first), or -1. */
	public int indexOf(String variable) {
		int at = observed.indexOf(variable);
		if (at >= 0) {
			return at;
		}
		at = latent.indexOf(variable);
		return at < 0 ? -1 : observed.size() + at;
	}

	/** The name of the variable at a position among all variables. */
	public String variable(int index) {
		return index < observed.size() ? observed.get(index) : latent.get(index - observed.size());
	}

	/** The free parameters, in order: the order of the estimates' vector and of their covariance matrix. */
	public List<Parameter> freeParameters() {
		List<Parameter> free = new ArrayList<>();
		parameters.forEach(parameter -> {
			if (parameter.free()) {
				free.add(parameter);
			}
		});
		return free;
	}

	/** The degrees of freedom: the p(p+1)/2 distinct variances and covariances minus the free parameters. */
	public int degreesOfFreedom() {
		int p = observed.size();
		return p * (p + 1) / 2 - freeParameters().size();
	}
}
