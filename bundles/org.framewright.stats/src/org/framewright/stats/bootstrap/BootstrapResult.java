package org.framewright.stats.bootstrap;

import java.util.List;
import java.util.Optional;

import org.framewright.model.MediationStage;

/**
 * What a bootstrap of the cases gave (of the structural equation model, the composite path model, or both on the
 * same draws): the distribution of every quantity over the admissible draws, and how many draws failed and why
 * (they are left out of every interval).
 *
 * @param requested     the draws asked for
 * @param admissible    the draws to which every model refitted admissibly
 * @param notConverged  draws whose refit did not converge
 * @param improper      draws that converged to a negative variance (a Heywood case)
 * @param singular      draws whose resampled covariance matrix (or implied one) was not positive definite, e.g.
 *                      an item constant in the resample
 * @param jackknifeFits the jackknife fits behind the BCa acceleration (one per case, or per group of cases)
 * @param seed          the seed of the resampling
 * @param distributions the quantities' distributions: the structural equation model's (paths, standardized paths,
 *                      then per mediation its indirect and total effect), then the composite path model's, grouped by
 *                      kind (interactions, simple slopes, squares, indexes of moderated mediation, conditional
 *                      indirect effects)
 */
public record BootstrapResult(int requested, int admissible, int notConverged, int improper, int singular, int jackknifeFits, long seed,
		List<BootstrapDistribution> distributions) {

	public BootstrapResult {
		distributions = List.copyOf(distributions);
	}

	/** The draws left out: not converged, improper or singular. */
	public int failed() {
		return requested - admissible;
	}

	/** The distribution of a quantity by its name (see {@link BootstrapQuantity}). */
	public Optional<BootstrapDistribution> distribution(String name) {
		return distributions.stream().filter(d -> d.name().equals(name)).findFirst();
	}

	/** The distribution of the indirect effect along a chain of constructs, if the bootstrap has it. */
	public Optional<BootstrapDistribution> indirect(List<String> chain) {
		String name = BootstrapQuantity.indirectName(chain);
		return distributions.stream().filter(d -> d.kind() == BootstrapQuantity.Kind.INDIRECT && d.name().equals(name)).findFirst();
	}

	/**
	 * The distribution of the index of moderated mediation of a mediation hypothesis by the moderator of one of its
	 * stages, if the bootstrap has it.
	 */
	public Optional<BootstrapDistribution> indexOfModeratedMediation(String mediation, String moderator, MediationStage stage) {
		String name = BootstrapQuantity.indexName(mediation, moderator, stage);
		return distributions.stream().filter(d -> d.kind() == BootstrapQuantity.Kind.INDEX_OF_MODERATED_MEDIATION && d.name().equals(name))
				.findFirst();
	}

	/** How the intervals were made, for reports, e.g. "bootstrap, 4998 of 5000 draws admissible". */
	public String description() {
		return "bootstrap of the cases, " + admissible + " of " + requested + " draws admissible";
	}
}
