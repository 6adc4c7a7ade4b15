package org.framewright.stats.bootstrap;

import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemEstimator;
import org.framewright.stats.sem.SemSpecification;

/**
 * The nonparametric bootstrap of a framework's structural equation model alone: the cases drawn with replacement B
 * times, the model refitted by ML to each resample ({@link ResampledModel#structural}), and the distribution of
 * every path, standardized path, indirect and total effect over the admissible draws, by the one
 * {@link CaseBootstrap} that also drives the composite path model's bootstrap.
 */
public final class SemBootstrap {

	private SemBootstrap() {
	}

	/** Specifies the framework's structural equation model, fits it to the data, and bootstraps it. */
	public static Result<BootstrapResult> run(Framework framework, ResponseData data, BootstrapOptions options, ProgressListener listener) {
		return SemSpecification.structural(framework).then(model -> SemEstimator.fit(model, data))
				.then(full -> run(framework, full, data, options, listener));
	}

	/** Bootstraps a model already fitted to the data (its estimates are every refit's start). */
	public static Result<BootstrapResult> run(Framework framework, SemEstimates full, ResponseData data, BootstrapOptions options,
			ProgressListener listener) {
		return CaseBootstrap.run(List.of(ResampledModel.structural(framework, full, data)), options, listener);
	}
}
