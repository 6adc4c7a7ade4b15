package org.framewright.stats.bootstrap;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.SemEstimates;

/**
 * A model that a bootstrap refits to every resample of the cases, and the quantities it gives intervals for. One
 * {@link CaseBootstrap} drives several such models with the same resamples, so the structural equation model's
 * paths and the composite path model's conditional effects rest on the very same draws; a draw is admissible only
 * when every model refits admissibly to it.
 * <p>
 * The models are this package's own (the constructor is package-private): make them with {@link #structural} and
 * {@link #composite}.
 */
public abstract class ResampledModel {

	ResampledModel() {
	}

	/**
	 * The structural equation model of a framework, already fitted to the data: every draw refits it by ML from the
	 * full sample's estimates. Its quantities: every regression path, unstandardized and standardized, and every
	 * mediation's indirect and total effect.
	 */
	public static ResampledModel structural(Framework framework, SemEstimates full, ResponseData data) {
		return new ResampledSem(framework, full, data);
	}

	/**
	 * The composite path model of a framework on raw responses: every draw solves its regressions by OLS on the
	 * resampled rows of the design matrix built once from the full sample. Its quantities: every moderation's
	 * interaction and simple slopes, every moderated mediation's index and conditional indirect effects, every
	 * curvilinear hypothesis's square. Failed when the design cannot be built (a construct without a composite).
	 */
	public static Result<ResampledModel> composite(Framework framework, ResponseData data) {
		return ResampledComposite.of(framework, data);
	}

	/** Whether the model has a quantity to give an interval for: a model without one need not be bootstrapped. */
	public boolean givesIntervals() {
		return !quantities().isEmpty();
	}

	/** What the model is, for messages, e.g. "the structural model of SmeAlliances". */
	abstract String description();

	/** The number of cases it is fitted to. */
	abstract int cases();

	/** Its quantities, in the order its refits write them. */
	abstract List<BootstrapQuantity> quantities();

	/** Notes about what it gives no interval for. */
	abstract List<Problem> notes();

	/** A worker's own refitter, with its own work space; used by one thread at a time. */
	abstract Refit refitter();

	/**
	 * Refits a model to weighted cases. A refit's result may depend only on the weights, never on earlier refits of
	 * the same refitter, so that the draws are the same whichever worker does them.
	 */
	interface Refit {

		/**
		 * Refits to the cases weighted by {@code weights} (how often each was drawn) and writes the model's quantities
		 * into {@code into} from {@code offset} on; NaN unless the refit is admissible.
		 */
		RefitStatus refit(int[] weights, double[] into, int offset);
	}
}
