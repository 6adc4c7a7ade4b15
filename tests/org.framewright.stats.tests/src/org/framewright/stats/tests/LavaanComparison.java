package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.framewright.stats.sem.FitMeasures;
import org.framewright.stats.sem.ParameterEstimate;
import org.framewright.stats.sem.SemEstimates;

/**
 * Compares a model estimated by the engine with the same model estimated by lavaan on the same data: every
 * parameter's estimate, standard error and std.all, the fit measures, the R² of the latent variables and the
 * covariance matrix of the estimates, which the R function {@code put_sem(fit)} saved.
 */
final class LavaanComparison {

	/**
	 * The acceptance bound of the issue. lavaan stops its optimizer (nlminb) at a relative change of about 1e-10 in
	 * its objective, which leaves its estimates up to about 1e-6 of their size from the exact optimum. Measured: for
	 * example (a) the variance of the control SIZE (about 140 employees squared) is 1.4e-4 from ours, and ours equals
	 * the sample variance (divisor N), which is its exact ML estimate here, to 1e-10; on the items' scale the
	 * differences stay below 1e-5, and the fit measures below 1e-7. So 1e-3 holds with room.
	 */
	static final double LAVAAN = 1e-3;

	/** lavaan's parameter table, fit measures, R² and vcov under keys "what|lhs|op|rhs", "fit|name", "r2|name", "vcov|a|b". */
	static final String PUT_SEM = """
			put_sem <- function(fit, prefix = "") {
			  pe <- parameterEstimates(fit); ss <- standardizedSolution(fit)
			  for (i in seq_len(nrow(pe))) {
			    key <- paste(pe$lhs[i], pe$op[i], pe$rhs[i], sep = "|")
			    put(paste0(prefix, "est|", key), pe$est[i]); put(paste0(prefix, "se|", key), pe$se[i])
			    put(paste0(prefix, "std|", key), ss$est.std[i])
			  }
			  fm <- fitMeasures(fit, c("npar", "chisq", "df", "pvalue", "cfi", "tli", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "srmr"))
			  for (f in names(fm)) put(paste0(prefix, "fit|", f), fm[[f]])
			  r2 <- lavInspect(fit, "r2"); for (v in names(r2)) put(paste0(prefix, "r2|", v), r2[[v]])
			  V <- vcov(fit); for (a in rownames(V)) for (b in colnames(V)) put(paste0(prefix, "vcov|", a, "|", b), V[a, b])
			  lv <- lavInspect(fit, "cor.lv"); for (a in rownames(lv)) for (b in colnames(lv)) put(paste0(prefix, "cor.lv|", a, "|", b), lv[a, b])
			}
			""";

	private static final List<String> FIT = List.of("npar", "chisq", "df", "pvalue", "cfi", "tli", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "srmr");

	private LavaanComparison() {
	}

	/** Asserts agreement of everything lavaan saved under the prefix; returns a line for the test's report. */
	static String assertAgrees(RNumbers r, String prefix, SemEstimates ours) {
		double parameters = 0;
		for (ParameterEstimate e : ours.estimates()) {
			String key = e.lhs() + "|" + e.op() + "|" + e.rhs();
			parameters = Math.max(parameters, agree(r, prefix + "est|" + key, e.estimate()));
			parameters = Math.max(parameters, agree(r, prefix + "se|" + key, e.standardError()));
			parameters = Math.max(parameters, agree(r, prefix + "std|" + key, e.standardized()));
		}
		FitMeasures fit = ours.fit();
		double[] values = { fit.freeParameters(), fit.chiSquare(), fit.df(), fit.pValue(), fit.cfi(), fit.tli(), fit.rmsea(), fit.rmseaLower(),
				fit.rmseaUpper(), fit.srmr() };
		double fitDifference = 0;
		for (int i = 0; i < FIT.size(); i++) {
			fitDifference = Math.max(fitDifference, agree(r, prefix + "fit|" + FIT.get(i), values[i]));
		}
		double r2 = 0;
		for (Map.Entry<String, Double> entry : ours.rSquared().entrySet()) {
			r2 = Math.max(r2, agree(r, prefix + "r2|" + entry.getKey(), entry.getValue()));
		}
		double vcov = 0;
		List<ParameterEstimate> free = ours.freeEstimates();
		double[][] matrix = ours.covarianceOfEstimates();
		for (int i = 0; i < free.size(); i++) {
			for (int j = 0; j < free.size(); j++) {
				vcov = Math.max(vcov, agree(r, prefix + "vcov|" + lavaanName(free.get(i)) + "|" + lavaanName(free.get(j)), matrix[i][j]));
			}
		}
		double latent = 0;
		double[][] correlations = ours.latentCorrelations();
		List<String> latents = ours.model().latent();
		for (int i = 0; i < latents.size(); i++) {
			for (int j = 0; j < latents.size(); j++) {
				latent = Math.max(latent, agree(r, prefix + "cor.lv|" + latents.get(i) + "|" + latents.get(j), correlations[i][j]));
			}
		}
		return String.format(java.util.Locale.ROOT, "%s vs lavaan, largest differences: parameters (est, se, std.all) %.2e, fit %.2e,"
				+ " R² %.2e, vcov %.2e, latent correlations %.2e", ours.model().description(), parameters, fitDifference, r2, vcov, latent);
	}

	/** lavaan's names of the rows and columns of vcov: "AL~MO", "MO=~MO2", "MO1~~MO1". */
	private static String lavaanName(ParameterEstimate e) {
		return e.lhs() + e.op() + e.rhs();
	}

	private static double agree(RNumbers r, String key, double ours) {
		double theirs = r.get(key);
		assertEquals(theirs, ours, LAVAAN, key);
		return Math.abs(theirs - ours);
	}
}
