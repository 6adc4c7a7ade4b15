package org.framewright.stats.sem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.reliability.ConvergentValidity;
import org.framewright.stats.reliability.FornellLarcker;
import org.framewright.stats.reliability.FornellLarckerTable;
import org.framewright.stats.reliability.LoadingReliability;

/**
 * Convergent and discriminant validity from a CFA: each construct's composite reliability and AVE from its
 * standardized loadings (a higher-order construct's from its dimensions'), and the Fornell-Larcker table of the
 * first-order constructs from their AVEs and the latent correlations the CFA implies.
 *
 * @param constructs    the convergent validity of every construct, in the model's order
 * @param fornellLarcker the Fornell-Larcker table of the constructs measured by items
 */
public record CfaValidity(Map<String, ConvergentValidity> constructs, FornellLarckerTable fornellLarcker) {

	public CfaValidity {
		constructs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constructs));
	}

	/** The validity of the constructs of an estimated CFA (see {@link SemSpecification#measurement}). */
	public static Result<CfaValidity> of(SemEstimates cfa) {
		SemModel model = cfa.model();
		List<Problem> problems = new ArrayList<>();
		Map<String, ConvergentValidity> validities = new LinkedHashMap<>();
		List<String> firstOrder = new ArrayList<>();
		for (String latent : model.latent()) {
			double[] loadings = cfa.standardizedLoadings(latent);
			if (loadings.length == 0) {
				continue;
			}
			Result<ConvergentValidity> validity = LoadingReliability.of(latent, loadings);
			problems.addAll(validity.problems());
			validity.value().ifPresent(v -> validities.put(latent, v));
			boolean measuredByItems = model.parameters().stream()
					.anyMatch(p -> p.kind() == Parameter.Kind.LOADING && p.lhs().equals(latent) && model.observed().contains(p.rhs()));
			if (measuredByItems && validities.containsKey(latent)) {
				firstOrder.add(latent);
			}
		}
		double[][] all = cfa.latentCorrelations();
		int q = firstOrder.size();
		double[] ave = new double[q];
		double[][] correlations = new double[q][q];
		for (int i = 0; i < q; i++) {
			ave[i] = validities.get(firstOrder.get(i)).averageVarianceExtracted();
			for (int j = 0; j < q; j++) {
				correlations[i][j] = all[model.latent().indexOf(firstOrder.get(i))][model.latent().indexOf(firstOrder.get(j))];
			}
		}
		Result<FornellLarckerTable> table = FornellLarcker.of(firstOrder, ave, correlations);
		problems.addAll(table.problems());
		return Result.of(table.value().map(t -> new CfaValidity(validities, t)).orElse(null), problems);
	}
}
