package org.framewright.stats.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on every hypothesis of an analysis that judged them twice: by the structural equation model, and by
 * the path model on composite scores. Each hypothesis takes the structural equation model's verdict where that model
 * estimates its quantity, else the composite path model's (interactions, squares and the indices built on them); all
 * take the composite path model's when there is no structural equation model. The one rule by which the analysis of
 * a study's data and the power analysis's simulated samples are judged alike.
 *
 * @param verdicts the verdict on every hypothesis, in the framework's order
 * @param fromSem  whether there was a structural equation model to prefer
 * @param mixed    whether some verdicts came from the composite path model next to the structural equation model's
 */
public record MergedVerdicts(List<HypothesisVerdict> verdicts, boolean fromSem, boolean mixed) {

	public MergedVerdicts {
		verdicts = List.copyOf(verdicts);
	}

	/**
	 * @param sem       the structural equation model's verdicts, if it could be estimated
	 * @param composite the composite path model's verdicts, in the same order
	 */
	public static MergedVerdicts of(Optional<List<HypothesisVerdict>> sem, List<HypothesisVerdict> composite) {
		if (sem.isEmpty()) {
			return new MergedVerdicts(composite, false, false);
		}
		List<HypothesisVerdict> verdicts = new ArrayList<>(composite.size());
		boolean mixed = false;
		for (int i = 0; i < sem.get().size(); i++) {
			boolean fromSem = sem.get().get(i).verdict() != Verdict.NOT_ESTIMATED;
			verdicts.add(fromSem ? sem.get().get(i) : composite.get(i));
			mixed |= !fromSem;
		}
		return new MergedVerdicts(verdicts, true, mixed);
	}

	/** How the verdicts' estimates were made, for the report, from the two estimations' own descriptions. */
	public String method(String semMethod, String compositeMethod) {
		if (!fromSem) {
			return compositeMethod;
		}
		return semMethod + (mixed ? "; what it does not estimate (interactions, squares) from " + compositeMethod : "");
	}
}
