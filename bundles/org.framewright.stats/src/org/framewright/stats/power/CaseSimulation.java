package org.framewright.stats.power;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.stats.data.ResponseData;

/**
 * Cases drawn one by one from the planned population, for what its covariance matrix cannot carry (interactions and
 * squares): each case's construct scores from the {@link LatentEquations} (exogenous constructs standard normal,
 * each endogenous one its planned paths, centred products and squares and a normal disturbance, all with variance
 * 1), each item loading * score + sqrt(1 - loading²) * noise with the {@link PlannedLoadings planned loadings}, each
 * control an independent standard normal variable. The variables are every construct's items, then the controls,
 * in the framework's order.
 */
public final class CaseSimulation {

	private final LatentEquations equations;
	private final List<String> variables = new ArrayList<>();
	/** Per variable: the position of its construct in the causal order, or -1 for a control. */
	private final int[] construct;
	private final double[] loading;
	/** Per variable: the standard deviation of its own noise, sqrt(1 - loading²); 1 for a control. */
	private final double[] uniqueness;

	CaseSimulation(Framework framework, PopulationModel population) {
		this.equations = population.equations();
		population.loadings().items().forEach(variables::add);
		for (Control control : framework.getControls()) {
			if (control.getName() != null && !variables.contains(control.getName())) {
				variables.add(control.getName());
			}
		}
		int p = variables.size();
		construct = new int[p];
		loading = new double[p];
		uniqueness = new double[p];
		for (int j = 0; j < p; j++) {
			construct[j] = population.constructOf(variables.get(j));
			loading[j] = construct[j] < 0 ? 0 : population.loadings().loading(variables.get(j));
			uniqueness[j] = Math.sqrt(1 - loading[j] * loading[j]);
		}
	}

	/** The simulated variables: every construct's items, then the controls. */
	public List<String> variables() {
		return List.copyOf(variables);
	}

	/** The constructs' names in causal order (causes before effects): the rows of {@link #latentScores}. */
	public List<String> constructs() {
		return equations.order().stream().map(Construct::getName).toList();
	}

	/** The construct scores of n cases, one row per construct in the order of {@link #constructs()}. */
	public double[][] latentScores(int n, SplittableRandom random) {
		int v = equations.order().size();
		double[][] rows = new double[v][n];
		double[] scores = new double[v];
		for (int c = 0; c < n; c++) {
			equations.draw(random, scores);
			for (int i = 0; i < v; i++) {
				rows[i][c] = scores[i];
			}
		}
		return rows;
	}

	/** The answers of n simulated cases. */
	public ResponseData sample(int n, SplittableRandom random) {
		return new Sample(n).redraw(random);
	}

	/**
	 * A sample of n cases redrawn in place: its data view the same arrays on every draw, so that a simulation
	 * allocates them once per thread rather than once per replication. Not to be shared between threads.
	 */
	final class Sample {
		private final double[][] columns;
		private final double[] scores;
		private final ResponseData data;

		Sample(int n) {
			columns = new double[variables.size()][n];
			scores = new double[equations.order().size()];
			data = ResponseData.simulated("simulated sample", variables, columns);
		}

		/** New cases in place of the last ones; the data returned are the same object every time. */
		ResponseData redraw(SplittableRandom random) {
			int n = columns.length == 0 ? 0 : columns[0].length;
			for (int c = 0; c < n; c++) {
				equations.draw(random, scores);
				for (int j = 0; j < columns.length; j++) {
					double common = construct[j] < 0 ? 0 : loading[j] * scores[construct[j]];
					columns[j][c] = common + uniqueness[j] * random.nextGaussian();
				}
			}
			return data;
		}
	}
}
