package org.framewright.stats.reliability;

import java.util.List;

import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;

/** Builds the Fornell-Larcker table from the AVEs and the latent correlations a CFA estimates. */
public final class FornellLarcker {

	private FornellLarcker() {
	}

	/** The table of constructs, given each one's AVE and their latent correlation matrix, in the same order. */
	public static Result<FornellLarckerTable> of(List<String> constructs, double[] ave, double[][] latentCorrelations) {
		int q = constructs.size();
		if (ave.length != q || latentCorrelations.length != q) {
			return Result.failed(Problem.error(StatsIssueCodes.MALFORMED_MATRIX, "The Fornell-Larcker table needs one AVE and one row of"
					+ " latent correlations per construct: there are " + q + " constructs, " + ave.length + " AVEs and " + latentCorrelations.length
					+ " rows."));
		}
		double[] root = new double[q];
		for (int i = 0; i < q; i++) {
			if (!(ave[i] >= 0) || latentCorrelations[i].length != q) {
				return Result.failed(Problem.error(StatsIssueCodes.MALFORMED_MATRIX, "The AVE or the latent correlations of " + constructs.get(i)
						+ " are not usable (an AVE must be between 0 and 1; the correlation matrix must be square)."));
			}
			root[i] = Math.sqrt(ave[i]);
		}
		double[][] copy = new double[q][];
		for (int i = 0; i < q; i++) {
			copy[i] = latentCorrelations[i].clone();
		}
		return Result.ok(new FornellLarckerTable(constructs, root, copy));
	}
}
