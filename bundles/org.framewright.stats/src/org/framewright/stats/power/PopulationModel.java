package org.framewright.stats.power;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.stats.Result;

/**
 * The population a power analysis draws samples from, in standardized form: the constructs as their
 * {@link LatentEquations} make them (unit variances, the planned paths, interactions and squares), each item loading
 * on its construct with its {@link PlannedLoadings planned loading} and having unit variance, and the controls
 * independent standard normal variables without effects. Gives the population covariance matrix of the model's
 * observed variables, and the case-by-case recipe {@link CaseSimulation} follows.
 */
final class PopulationModel {

	private final LatentEquations equations;
	private final PlannedLoadings loadings;
	private final Map<Construct, Integer> at = new HashMap<>();

	private PopulationModel(LatentEquations equations, PlannedLoadings loadings) {
		this.equations = equations;
		this.loadings = loadings;
		equations.order().forEach(c -> at.put(c, at.size()));
	}

	static Result<PopulationModel> of(Framework framework, PlannedEffects effects) {
		Result<PlannedLoadings> loadings = PlannedLoadings.of(framework);
		if (!loadings.isOk()) {
			return Result.failed(loadings.problems());
		}
		return LatentEquations.of(framework, effects).then(equations -> Result.ok(new PopulationModel(equations, loadings.get())));
	}

	LatentEquations equations() {
		return equations;
	}

	PlannedLoadings loadings() {
		return loadings;
	}

	/** The position of a construct in the equations' causal order, or -1 for a variable that is no item. */
	int constructOf(String variable) {
		return loadings.isItem(variable) ? at.get(loadings.owner(variable)) : -1;
	}

	/** The population covariance of the given observed variables (items and controls), in their order. */
	double[][] covariance(List<String> observed) {
		double[][] phi = equations.covariance();
		double[][] sigma = new double[observed.size()][observed.size()];
		for (int i = 0; i < observed.size(); i++) {
			for (int j = 0; j < observed.size(); j++) {
				int a = constructOf(observed.get(i));
				int b = constructOf(observed.get(j));
				if (i == j) {
					sigma[i][j] = 1;
				} else if (a >= 0 && b >= 0) {
					sigma[i][j] = loadings.loading(observed.get(i)) * loadings.loading(observed.get(j)) * phi[a][b];
				}
			}
		}
		return sigma;
	}
}
