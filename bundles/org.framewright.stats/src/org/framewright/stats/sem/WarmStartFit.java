package org.framewright.stats.sem;

import java.util.Arrays;
import java.util.List;

/**
 * Refits one model by ML to many sample covariance matrices (bootstrap resamples, simulated samples), each from
 * given start values, as fast as it can: every array is allocated once, and the gradient and expected information
 * are computed from vectors instead of p x p matrices per parameter. With Sigma^-1 = W and dSigma/dtheta_k =
 * u_k v_k' + v_k u_k' (see {@link RamModel#derivatives}; for a variance, v = u / 2), the gradient of F is
 * 2 u_k' (W - W S W) v_k and the expected Hessian tr(W D_k W D_l) = 2 [(u_k'W u_l)(v_k'W v_l) + (u_k'W v_l)(v_k'W u_l)]:
 * O(q p^2 + q^2 p) instead of O(q p^3 + q^2 p^2). The minimization starts as {@link FisherScoring}'s (a scoring
 * step from the expected information, Armijo backtracking, the decrement g'H^-1 g as the stopping rule) and then
 * refines the information by BFGS updates instead of recomputing it. Not thread-safe: one instance per thread.
 */
public final class WarmStartFit {

	/** How a refit ended. */
	public enum Status {
		CONVERGED,
		/** The iteration limit came first, or no step decreased F. */
		NOT_CONVERGED,
		/** The sample covariance matrix, or Sigma at the start, is not positive definite. */
		NOT_POSITIVE_DEFINITE,
		/** Converged, but to a negative variance (a Heywood case): an inadmissible solution. */
		IMPROPER
	}

	/**
	 * How close to its optimum a refit must come, in standard errors: the stopping rule is a decrement g'H^-1 g (the
	 * squared distance to the optimum in the metric of the Hessian of F) below 2 PRECISION^2 / N, since the
	 * estimates' sampling covariance is (2 / N) H^-1. A thousandth of a standard error is far below the Monte Carlo
	 * error of any bootstrap interval (its ends move by a few hundredths of a standard error between seeds at 5000
	 * draws), while SemOptions' much stricter 1e-16 serves agreement with lavaan to 1e-3 on a single fit.
	 */
	public static final double PRECISION = 1e-3;

	/**
	 * The central differences of the gradient that give the Hessian at the start: a step of 1e-4 of a parameter's
	 * standard error (as the information scales it) keeps the truncation error (order step^2) and the rounding error
	 * (about 1e-16 / step) both near 1e-8 of the Hessian's entries.
	 */
	private static final double DIFFERENCE_STEP = 1e-4;

	/** Refits from a nearby optimum converge in 5 to 10 steps; 100 only stops a draw that is going nowhere. */
	public static final int MAX_ITERATIONS = 100;

	/** Armijo's sufficient decrease, as FisherScoring's. */
	private static final double SUFFICIENT_DECREASE = 1e-4;

	/** 40 halvings shrink a step by 1e-12: a refit that needs more has left its start's neighbourhood. */
	private static final int MAX_HALVINGS = 40;

	/**
	 * A Cholesky pivot below 1e-12 of the matrix's largest diagonal entry is rounding noise of a singular matrix
	 * (double arithmetic keeps about 16 digits, so 1e-12 leaves four for the elimination), as MaximumLikelihood's.
	 */
	private static final double POSITIVITY = 1e-12;

	/** A pivot of I - A below 1e-10 means a feedback loop with gain 1: B = (I - A)^-1 does not exist. */
	private static final double SINGULAR_PIVOT = 1e-10;

	/** Damping of a singular information starts far below its unit diagonal and grows a hundredfold, as FisherScoring's. */
	private static final double MIN_DAMPING = 1e-10;
	private static final double DAMPING_GROWTH = 100;
	private static final double MAX_DAMPING = 1e4;

	private final SemModel model;
	private final double tolerance;
	private final int m;
	private final int p;
	private final int q;
	private final int[] target;
	private final int[] source;
	private final boolean[] directed;
	private final boolean[] diagonal;
	private final boolean[] variance;
	private final double[][] fixedA;
	private final double[][] fixedS;

	private final double[][] a;
	private final double[][] s;
	private final double[][] b;
	private final double[][] bs;
	private final double[][] e;
	private final double[][] sample;
	private final double[][] lower;
	private final double[][] lowerInverse;
	private final double[][] w;
	private final double[][] u;
	private final double[][] v;
	private final double[][] wu;
	private final double[][] wv;
	private final double[][] swv;
	/** Which columns of B and of E some parameter's derivative takes, and W and S W times each of them. */
	private final boolean[] usesColumnOfB;
	private final boolean[] usesColumnOfE;
	private final double[][] wB;
	private final double[][] swB;
	private final double[][] wE;
	private final double[][] swE;
	private final double[] column;
	private final double[] gradient;
	private final double[][] information;
	private final double[][] scaled;
	private final double[] scale;
	private final double[] step;
	private final double[] theta;
	private final double[] trial;
	private final double[] accepted;
	private final double[] previousGradient;
	private final double[] gradientChange;
	private final double[] stepTaken;
	private final double[] hessianStep;
	private double[][] startHessian;
	private double logDetSample;
	private double f;
	private int iterations;

	/** For samples of {@code cases} cases (the stopping rule depends on N). */
	public WarmStartFit(SemModel model, int cases) {
		this.model = model;
		this.tolerance = 2 * PRECISION * PRECISION / cases;
		this.m = model.variableCount();
		this.p = model.observed().size();
		List<Parameter> free = model.freeParameters();
		this.q = free.size();
		target = new int[q];
		source = new int[q];
		directed = new boolean[q];
		diagonal = new boolean[q];
		variance = new boolean[q];
		for (int k = 0; k < q; k++) {
			Parameter parameter = free.get(k);
			target[k] = parameter.target();
			source[k] = parameter.source();
			directed[k] = parameter.kind().directed();
			diagonal[k] = !directed[k] && target[k] == source[k];
			variance[k] = parameter.kind() == Parameter.Kind.VARIANCE;
		}
		fixedA = new double[m][m];
		fixedS = new double[m][m];
		for (Parameter parameter : model.parameters()) {
			if (!parameter.free()) {
				if (parameter.kind().directed()) {
					fixedA[parameter.target()][parameter.source()] = parameter.value();
				} else {
					fixedS[parameter.target()][parameter.source()] = parameter.value();
					fixedS[parameter.source()][parameter.target()] = parameter.value();
				}
			}
		}
		a = new double[m][m];
		s = new double[m][m];
		b = new double[m][m];
		bs = new double[m][m];
		e = new double[m][m];
		sample = new double[p][p];
		lower = new double[p][p];
		lowerInverse = new double[p][p];
		w = new double[p][p];
		u = new double[q][p];
		v = new double[q][p];
		wu = new double[q][p];
		wv = new double[q][p];
		swv = new double[q][p];
		usesColumnOfB = new boolean[m];
		usesColumnOfE = new boolean[m];
		for (int k = 0; k < q; k++) {
			usesColumnOfB[target[k]] = true;
			if (directed[k]) {
				usesColumnOfE[source[k]] = true;
			} else if (!diagonal[k]) {
				usesColumnOfB[source[k]] = true;
			}
		}
		wB = new double[m][p];
		swB = new double[m][p];
		wE = new double[m][p];
		swE = new double[m][p];
		column = new double[p];
		gradient = new double[q];
		information = new double[q][q];
		scaled = new double[q][q];
		scale = new double[q];
		step = new double[q];
		theta = new double[q];
		trial = new double[q];
		accepted = new double[q];
		previousGradient = new double[q];
		gradientChange = new double[q];
		stepTaken = new double[q];
		hessianStep = new double[q];
	}

	public SemModel model() {
		return model;
	}

	/**
	 * Fits the model to a sample covariance matrix S (divisor N, p x p in the order of {@link SemModel#observed()})
	 * from start values (in the order of {@link SemModel#freeParameters()}). The estimates are then
	 * {@link #estimate(int)}, and the implied moments at them {@link #impliedCovariance(int, int)} and
	 * {@link #totalEffect(int, int)}.
	 */
	public Status fit(double[][] sampleCovariance, double[] start) {
		for (int i = 0; i < p; i++) {
			System.arraycopy(sampleCovariance[i], 0, sample[i], 0, p);
		}
		if (!cholesky(sample, lower)) {
			return Status.NOT_POSITIVE_DEFINITE;
		}
		logDetSample = logDeterminant(lower);
		System.arraycopy(start, 0, theta, 0, q);
		iterations = 0;
		if (!evaluate(theta)) {
			return Status.NOT_POSITIVE_DEFINITE;
		}
		boolean updated = startHessian != null;
		derivatives(!updated);
		if (updated) {
			for (int k = 0; k < q; k++) {
				System.arraycopy(startHessian[k], 0, information[k], 0, q);
			}
		}
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			if (!direction()) {
				if (!updated) {
					return Status.NOT_CONVERGED;
				}
				// The start's Hessian or its updates are not positive definite here: go on from the expected information.
				derivatives(true);
				updated = false;
				continue;
			}
			double slope = 0;
			for (int k = 0; k < q; k++) {
				slope += gradient[k] * step[k];
			}
			if (-slope < tolerance) {
				return admissible();
			}
			double before = f;
			System.arraycopy(gradient, 0, previousGradient, 0, q);
			// No decrease at all (a step accepted by rounding alone, as FisherScoring notes) means F is at its floor.
			if (!lineSearch(slope) || f >= before) {
				// No shorter step decreases F: at the optimum up to rounding if the promised decrease is already tiny.
				return -slope < Math.sqrt(tolerance) ? admissible() : Status.NOT_CONVERGED;
			}
			updated |= secantUpdate();
			iterations = iteration;
		}
		return Status.NOT_CONVERGED;
	}

	/**
	 * The BFGS update of the Hessian approximation H from the last step s and the change of the gradient y:
	 * H + y y' / y's - H s s' H / s'H s (Nocedal &amp; Wright 2006, 6.19), skipped where the curvature y's is not
	 * positive. Starting from the expected information, which differs from the Hessian of F by the misfit and
	 * the non-normality of the sample (so that scoring converges only linearly, its error shrinking some fivefold per
	 * step), the updates learn the difference and converge superlinearly, without computing the information again.
	 */
	private boolean secantUpdate() {
		double ys = 0;
		for (int k = 0; k < q; k++) {
			stepTaken[k] = theta[k] - accepted[k];
			gradientChange[k] = gradient[k] - previousGradient[k];
			ys += gradientChange[k] * stepTaken[k];
		}
		double sHs = 0;
		for (int k = 0; k < q; k++) {
			double sum = 0;
			for (int l = 0; l < q; l++) {
				sum += information[k][l] * stepTaken[l];
			}
			hessianStep[k] = sum;
			sHs += stepTaken[k] * sum;
		}
		if (!(ys > 0) || !(sHs > 0)) {
			return false;
		}
		for (int k = 0; k < q; k++) {
			for (int l = 0; l < q; l++) {
				information[k][l] += gradientChange[k] * gradientChange[l] / ys - hessianStep[k] * hessianStep[l] / sHs;
			}
		}
		return true;
	}

	/**
	 * The Hessian of F at some estimates for a sample covariance matrix, by central differences of the analytic
	 * gradient; null if Sigma is not positive definite there or the Hessian is not positive definite. Given to
	 * {@link #startFrom(double[][])}, the full sample's Hessian at its estimates makes every refit of a resample
	 * converge in a few steps: it differs from a resample's Hessian only by sampling error, where the expected
	 * information differs by the model's misfit and the data's non-normality (scoring then gains only a factor of 5
	 * to 10 per step).
	 */
	public double[][] hessian(double[][] sampleCovariance, double[] at) {
		for (int i = 0; i < p; i++) {
			System.arraycopy(sampleCovariance[i], 0, sample[i], 0, p);
		}
		if (!cholesky(sample, lower)) {
			return null;
		}
		logDetSample = logDeterminant(lower);
		if (!evaluate(at)) {
			return null;
		}
		derivatives(true);
		double[] steps = new double[q];
		for (int l = 0; l < q; l++) {
			steps[l] = DIFFERENCE_STEP / Math.sqrt(information[l][l]);
		}
		double[][] hessian = new double[q][q];
		double[] plus = new double[q];
		for (int l = 0; l < q; l++) {
			System.arraycopy(at, 0, trial, 0, q);
			trial[l] = at[l] + steps[l];
			if (!evaluate(trial)) {
				return null;
			}
			derivatives(false);
			System.arraycopy(gradient, 0, plus, 0, q);
			trial[l] = at[l] - steps[l];
			if (!evaluate(trial)) {
				return null;
			}
			derivatives(false);
			for (int k = 0; k < q; k++) {
				hessian[k][l] = (plus[k] - gradient[k]) / (2 * steps[l]);
			}
		}
		for (int k = 0; k < q; k++) {
			for (int l = 0; l < k; l++) {
				hessian[k][l] = hessian[l][k] = (hessian[k][l] + hessian[l][k]) / 2;
			}
		}
		double[][] factor = new double[q][];
		for (int k = 0; k < q; k++) {
			factor[k] = new double[q];
			for (int l = 0; l < q; l++) {
				factor[k][l] = hessian[k][l] / Math.sqrt(hessian[k][k] * hessian[l][l]);
			}
		}
		return choleskyInPlace(factor) ? hessian : null;
	}

	/** Every later fit starts from this Hessian (see {@link #hessian}) instead of the expected information; null: from that. */
	public void startFrom(double[][] hessian) {
		startHessian = hessian;
	}

	/** The estimate of the k-th free parameter after {@link #fit}. */
	public double estimate(int k) {
		return theta[k];
	}

	/** Copies the estimates into an array of length q. */
	public void estimates(double[] into) {
		System.arraycopy(theta, 0, into, 0, q);
	}

	/** The implied covariance of two variables (observed or latent, by their positions in the model) at the estimates. */
	public double impliedCovariance(int i, int j) {
		return e[i][j];
	}

	/** The total effect of one variable on another (the entry of (I - A)^-1; the sum over all routes) at the estimates. */
	public double totalEffect(int effect, int cause) {
		return b[effect][cause];
	}

	/**
	 * The sampling covariance of the estimates after a converged {@link #fit}, as {@link SemEstimator} gives it:
	 * (2 / N) H^-1, with H the expected Hessian of F at the estimates, written into {@code into} (q x q); false if H
	 * is not positive definite there. Allocation-free, for simulations that need standard errors thousands of times.
	 */
	public boolean covarianceOfEstimates(int cases, double[][] into) {
		if (!evaluate(theta)) {
			return false;
		}
		derivatives(true);
		for (int k = 0; k < q; k++) {
			if (!(information[k][k] > 0)) {
				return false;
			}
			scale[k] = 1 / Math.sqrt(information[k][k]);
		}
		for (int k = 0; k < q; k++) {
			for (int l = 0; l < q; l++) {
				scaled[k][l] = information[k][l] * scale[k] * scale[l];
			}
		}
		if (!choleskyInPlace(scaled)) {
			return false;
		}
		// H = D^-1 (D H D) D^-1 with D = diag(scale), so H^-1 = D (D H D)^-1 D, column by column.
		for (int l = 0; l < q; l++) {
			Arrays.fill(step, 0);
			step[l] = 1;
			solveInPlace(scaled, step);
			for (int k = 0; k < q; k++) {
				into[k][l] = step[k] * scale[k] * scale[l] * 2 / cases;
			}
		}
		return true;
	}

	/** The discrepancy F at the estimates. */
	public double discrepancy() {
		return f;
	}

	/** The steps of the last fit. */
	public int iterations() {
		return iterations;
	}

	private Status admissible() {
		for (int k = 0; k < q; k++) {
			if (variance[k] && theta[k] < 0) {
				return Status.IMPROPER;
			}
		}
		return Status.CONVERGED;
	}

	/** Backtracks along the step until Armijo's rule holds; then F and the gradient are at the new theta. */
	private boolean lineSearch(double slope) {
		double length = 1;
		double from = f;
		System.arraycopy(theta, 0, accepted, 0, q);
		for (int halving = 0; halving < MAX_HALVINGS; halving++) {
			for (int k = 0; k < q; k++) {
				trial[k] = accepted[k] + length * step[k];
			}
			if (evaluate(trial) && f <= from + SUFFICIENT_DECREASE * length * slope) {
				System.arraycopy(trial, 0, theta, 0, q);
				derivatives(false);
				return true;
			}
			length /= 2;
		}
		System.arraycopy(accepted, 0, theta, 0, q);
		evaluate(theta);
		return false;
	}

	/** F at the values, with Sigma^-1 and the implied moments; false where Sigma is not positive definite. */
	private boolean evaluate(double[] values) {
		if (!implied(values)) {
			return false;
		}
		if (!cholesky(e, lower)) {
			return false;
		}
		invert();
		double trace = 0;
		for (int i = 0; i < p; i++) {
			for (int j = 0; j < p; j++) {
				trace += sample[i][j] * w[i][j];
			}
		}
		f = logDeterminant(lower) + trace - logDetSample - p;
		return Double.isFinite(f);
	}

	/** A, S, B = (I - A)^-1 and E = B S B' at the values; false if I - A is singular. */
	private boolean implied(double[] values) {
		for (int i = 0; i < m; i++) {
			System.arraycopy(fixedA[i], 0, a[i], 0, m);
			System.arraycopy(fixedS[i], 0, s[i], 0, m);
		}
		for (int k = 0; k < q; k++) {
			if (directed[k]) {
				a[target[k]][source[k]] = values[k];
			} else {
				s[target[k]][source[k]] = values[k];
				s[source[k]][target[k]] = values[k];
			}
		}
		if (!invertIdentityMinusA()) {
			return false;
		}
		for (int r = 0; r < m; r++) {
			double[] row = bs[r];
			java.util.Arrays.fill(row, 0);
			for (int k = 0; k < m; k++) {
				double brk = b[r][k];
				if (brk != 0) {
					double[] sk = s[k];
					for (int c = 0; c < m; c++) {
						row[c] += brk * sk[c];
					}
				}
			}
		}
		for (int r = 0; r < m; r++) {
			for (int c = 0; c <= r; c++) {
				double sum = 0;
				double[] left = bs[r];
				double[] right = b[c];
				for (int k = 0; k < m; k++) {
					sum += left[k] * right[k];
				}
				e[r][c] = e[c][r] = sum;
			}
		}
		return true;
	}

	/**
	 * B = (I - A)^-1 by Gauss-Jordan elimination without pivoting: for a recursive model every leading block of
	 * I - A is again I minus the paths of an acyclic graph, with determinant 1, so every pivot is 1 up to rounding; a
	 * model with feedback may meet a small pivot, and then the draw fails rather than give a wrong inverse.
	 */
	private boolean invertIdentityMinusA() {
		double[][] work = bs;
		for (int r = 0; r < m; r++) {
			for (int c = 0; c < m; c++) {
				work[r][c] = (r == c ? 1 : 0) - a[r][c];
				b[r][c] = r == c ? 1 : 0;
			}
		}
		for (int k = 0; k < m; k++) {
			double pivot = work[k][k];
			if (Math.abs(pivot) < SINGULAR_PIVOT) {
				return false;
			}
			double[] pivotRow = work[k];
			double[] pivotInverseRow = b[k];
			if (pivot != 1) {
				for (int c = 0; c < m; c++) {
					pivotRow[c] /= pivot;
					pivotInverseRow[c] /= pivot;
				}
			}
			for (int r = 0; r < m; r++) {
				double factor = work[r][k];
				if (r == k || factor == 0) {
					continue;
				}
				double[] row = work[r];
				double[] inverseRow = b[r];
				for (int c = 0; c < m; c++) {
					row[c] -= factor * pivotRow[c];
					inverseRow[c] -= factor * pivotInverseRow[c];
				}
			}
		}
		return true;
	}

	/**
	 * The vectors u_k, v_k of dSigma/dtheta_k, W u_k, W v_k at the last evaluation, and from them the gradient and,
	 * if asked, the expected information.
	 */
	private void derivatives(boolean withInformation) {
		// Many parameters share a column of B (every parameter with the same target) or of E: W and S W times each
		// such column are computed once, not once per parameter (the same sums in the same order, so the same bits).
		for (int j = 0; j < m; j++) {
			if (usesColumnOfB[j]) {
				columnTimesW(b, j, wB[j], swB[j]);
			}
			if (usesColumnOfE[j]) {
				columnTimesW(e, j, wE[j], swE[j]);
			}
		}
		for (int k = 0; k < q; k++) {
			double[] uk = u[k];
			double[] vk = v[k];
			int t = target[k];
			int c = source[k];
			for (int r = 0; r < p; r++) {
				uk[r] = b[r][t];
				vk[r] = directed[k] ? e[r][c] : diagonal[k] ? uk[r] / 2 : b[r][c];
			}
			System.arraycopy(wB[t], 0, wu[k], 0, p);
			if (diagonal[k]) {
				for (int r = 0; r < p; r++) {
					wv[k][r] = wB[t][r] / 2;
					swv[k][r] = swB[t][r] / 2;
				}
			} else {
				System.arraycopy(directed[k] ? wE[c] : wB[c], 0, wv[k], 0, p);
				System.arraycopy(directed[k] ? swE[c] : swB[c], 0, swv[k], 0, p);
			}
			// tr((W - W S W) D_k) = 2 (u_k' W v_k - (W u_k)' S (W v_k))
			gradient[k] = 2 * (dot(uk, wv[k]) - dot(wu[k], swv[k]));
		}
		if (!withInformation) {
			return;
		}
		for (int k = 0; k < q; k++) {
			for (int l = 0; l <= k; l++) {
				double value = 2 * (dot(u[k], wu[l]) * dot(v[k], wv[l]) + dot(u[k], wv[l]) * dot(v[k], wu[l]));
				information[k][l] = information[l][k] = value;
			}
		}
	}

	/**
	 * The scoring direction -H^-1 g, solved with H scaled to unit diagonal and damped as Levenberg-Marquardt's
	 * where it is singular, as {@link FisherScoring} does; false if no damping makes it solvable.
	 */
	private boolean direction() {
		for (int k = 0; k < q; k++) {
			scale[k] = information[k][k] > 0 ? 1 / Math.sqrt(information[k][k]) : 1;
		}
		for (double damping = 0; damping <= MAX_DAMPING; damping = damping == 0 ? MIN_DAMPING : damping * DAMPING_GROWTH) {
			for (int k = 0; k < q; k++) {
				for (int l = 0; l < q; l++) {
					scaled[k][l] = information[k][l] * scale[k] * scale[l] + (k == l ? damping : 0);
				}
			}
			if (choleskyInPlace(scaled)) {
				for (int k = 0; k < q; k++) {
					step[k] = -gradient[k] * scale[k];
				}
				solveInPlace(scaled, step);
				for (int k = 0; k < q; k++) {
					step[k] *= scale[k];
				}
				return true;
			}
		}
		return false;
	}

	/** The lower Cholesky factor of the leading p x p block of a symmetric matrix; false if not positive definite. */
	private boolean cholesky(double[][] matrix, double[][] into) {
		double largest = 0;
		for (int i = 0; i < p; i++) {
			largest = Math.max(largest, Math.abs(matrix[i][i]));
		}
		double threshold = POSITIVITY * largest;
		for (int j = 0; j < p; j++) {
			double sum = matrix[j][j];
			for (int k = 0; k < j; k++) {
				sum -= into[j][k] * into[j][k];
			}
			if (!(sum > threshold)) {
				return false;
			}
			double diagonalEntry = Math.sqrt(sum);
			into[j][j] = diagonalEntry;
			for (int i = j + 1; i < p; i++) {
				double off = matrix[i][j];
				for (int k = 0; k < j; k++) {
					off -= into[i][k] * into[j][k];
				}
				into[i][j] = off / diagonalEntry;
			}
			for (int i = 0; i < j; i++) {
				into[i][j] = 0;
			}
		}
		return true;
	}

	/** W = Sigma^-1 = L^-T L^-1 from the Cholesky factor L in {@code lower}. */
	private void invert() {
		for (int c = 0; c < p; c++) {
			for (int r = 0; r < p; r++) {
				if (r < c) {
					lowerInverse[r][c] = 0;
					continue;
				}
				double sum = r == c ? 1 : 0;
				for (int k = c; k < r; k++) {
					sum -= lower[r][k] * lowerInverse[k][c];
				}
				lowerInverse[r][c] = sum / lower[r][r];
			}
		}
		for (int i = 0; i < p; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = i; k < p; k++) {
					sum += lowerInverse[k][i] * lowerInverse[k][j];
				}
				w[i][j] = w[j][i] = sum;
			}
		}
	}

	private static double logDeterminant(double[][] lowerFactor) {
		double sum = 0;
		for (int i = 0; i < lowerFactor.length; i++) {
			sum += 2 * Math.log(lowerFactor[i][i]);
		}
		return sum;
	}

	/** Cholesky factorization of a q x q matrix in place (lower triangle); false if not positive definite. */
	private boolean choleskyInPlace(double[][] matrix) {
		int n = matrix.length;
		for (int j = 0; j < n; j++) {
			double sum = matrix[j][j];
			for (int k = 0; k < j; k++) {
				sum -= matrix[j][k] * matrix[j][k];
			}
			// The matrix has unit diagonal (plus damping), so POSITIVITY is relative to 1 here.
			if (!(sum > POSITIVITY)) {
				return false;
			}
			double root = Math.sqrt(sum);
			matrix[j][j] = root;
			for (int i = j + 1; i < n; i++) {
				double off = matrix[i][j];
				for (int k = 0; k < j; k++) {
					off -= matrix[i][k] * matrix[j][k];
				}
				matrix[i][j] = off / root;
			}
		}
		return true;
	}

	/** Solves L L' x = y in place, L in the lower triangle of {@code factor}. */
	private static void solveInPlace(double[][] factor, double[] y) {
		int n = y.length;
		for (int i = 0; i < n; i++) {
			double sum = y[i];
			for (int k = 0; k < i; k++) {
				sum -= factor[i][k] * y[k];
			}
			y[i] = sum / factor[i][i];
		}
		for (int i = n - 1; i >= 0; i--) {
			double sum = y[i];
			for (int k = i + 1; k < n; k++) {
				sum -= factor[k][i] * y[k];
			}
			y[i] = sum / factor[i][i];
		}
	}

	/** W times the observed rows of column j of a matrix, and S times that: the shared factors of the derivatives. */
	private void columnTimesW(double[][] matrix, int j, double[] timesW, double[] timesSW) {
		for (int r = 0; r < p; r++) {
			column[r] = matrix[r][j];
		}
		multiply(w, column, timesW);
		multiply(sample, timesW, timesSW);
	}

	private void multiply(double[][] matrix, double[] x, double[] into) {
		for (int r = 0; r < p; r++) {
			double sum = 0;
			double[] row = matrix[r];
			for (int c = 0; c < p; c++) {
				sum += row[c] * x[c];
			}
			into[r] = sum;
		}
	}

	private double dot(double[] x, double[] y) {
		double sum = 0;
		for (int i = 0; i < p; i++) {
			sum += x[i] * y[i];
		}
		return sum;
	}
}
