package org.framewright.stats.bootstrap;

import java.util.Arrays;
import java.util.List;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.sem.SemEstimates;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.WarmStartFit;

/**
 * A framework's structural equation model refitted by ML to each resample's covariance matrix. Every refit starts
 * from the full sample's estimates and the Hessian of F there, so it converges in a few steps; and every refit starts
 * from the same point (not from the previous draw's estimates, which would make a draw depend on which draw a worker
 * did before), so a refit depends on its weights alone.
 */
final class ResampledSem extends ResampledModel {

	private final SemModel model;
	private final CaseWeights cases;
	private final double[] start;
	private final double[][] hessian;
	private final List<Evaluation<WarmStartFit>> evaluations;
	private final List<Problem> notes;

	ResampledSem(Framework framework, SemEstimates full, ResponseData data) {
		this.model = full.model();
		List<String> observed = model.observed();
		double[][] columns = new double[observed.size()][];
		for (int j = 0; j < columns.length; j++) {
			columns[j] = data.column(observed.get(j));
		}
		this.cases = new CaseWeights(columns);
		this.start = full.freeEstimates().stream().mapToDouble(ParameterEstimate::estimate).toArray();
		BootstrapQuantities quantities = BootstrapQuantities.of(framework, model);
		this.evaluations = quantities.evaluations();
		this.notes = quantities.notes();
		int[] all = new int[cases.cases()];
		Arrays.fill(all, 1);
		Workspace first = new Workspace();
		cases.covariance(all, first.covariance, first.mean);
		this.hessian = first.fit.hessian(first.covariance, start);
	}

	@Override
	String description() {
		return model.description();
	}

	@Override
	int cases() {
		return cases.cases();
	}

	@Override
	List<BootstrapQuantity> quantities() {
		return evaluations.stream().map(Evaluation::quantity).toList();
	}

	@Override
	List<Problem> notes() {
		return notes;
	}

	@Override
	Refit refitter() {
		Workspace workspace = new Workspace();
		workspace.fit.startFrom(hessian);
		return (weights, into, offset) -> {
			cases.covariance(weights, workspace.covariance, workspace.mean);
			WarmStartFit.Status status = workspace.fit.fit(workspace.covariance, start);
			for (int k = 0; k < evaluations.size(); k++) {
				into[offset + k] = status == WarmStartFit.Status.CONVERGED ? evaluations.get(k).value().applyAsDouble(workspace.fit) : Double.NaN;
			}
			return switch (status) {
				case CONVERGED -> RefitStatus.ADMISSIBLE;
				case NOT_CONVERGED -> RefitStatus.NOT_CONVERGED;
				case IMPROPER -> RefitStatus.IMPROPER;
				case NOT_POSITIVE_DEFINITE -> RefitStatus.NOT_POSITIVE_DEFINITE;
			};
		};
	}

	/** A worker's own arrays: a refitter and the resample's covariance matrix. */
	private final class Workspace {
		final WarmStartFit fit = new WarmStartFit(model, cases.cases());
		final double[][] covariance = new double[model.observed().size()][model.observed().size()];
		final double[] mean = new double[model.observed().size()];
	}
}
