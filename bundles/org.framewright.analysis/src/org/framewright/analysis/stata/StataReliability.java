package org.framewright.analysis.stata;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.Measure;

/**
 * The reliability and validity part of the Stata do-file, for the first-order reflective constructs with two or
 * more items: Cronbach's alpha with item statistics ({@code alpha}); composite reliability, AVE and the
 * Fornell-Larcker table from the standardized loadings and factor correlations of a CFA ({@code estat stdize:
 * nlcom}); and HTMT from the item correlations (a small Mata function). The CFA runs under
 * {@code capture noisily}: a CFA that fails costs its tables, never the tests of the hypotheses that follow.
 */
final class StataReliability {

	/**
	 * HTMT (Henseler, Ringle & Sarstedt 2015) of every pair of constructs, from the item correlations R and the
	 * construct (1, 2, ...) of each item: the mean correlation between the items of two constructs over the
	 * geometric mean of the mean correlations among each construct's own items. Below the diagonal only.
	 */
	private static final String HTMT_FUNCTION = """
			capture mata: mata drop fw_htmt()
			mata:
			real matrix fw_htmt(real matrix R, real colvector construct)
			{
			    real scalar k, i, j
			    real matrix avg, block, H
			    k = max(construct)
			    avg = J(k, k, .)
			    for (i = 1; i <= k; i++) {
			        for (j = 1; j <= k; j++) {
			            block = select(select(R, construct :== i), (construct :== j)')
			            if (i == j) avg[i, j] = (sum(block) - trace(block)) / (rows(block) * (rows(block) - 1))
			            else avg[i, j] = sum(block) / (rows(block) * cols(block))
			        }
			    }
			    H = J(k, k, .)
			    for (i = 2; i <= k; i++) {
			        for (j = 1; j < i; j++) H[i, j] = avg[i, j] / sqrt(avg[i, i] * avg[j, j])
			    }
			    return(H)
			}
			end""";

	private final List<String> out;
	private final AnalysisModel analysis;
	private final List<Measure> measures;
	private final StataNames names;

	private StataReliability(List<String> out, AnalysisModel analysis, StataNames names) {
		this.out = out;
		this.analysis = analysis;
		this.measures = analysis.multiItemReflectiveMeasures();
		this.names = names;
	}

	/** Writes the part: alpha, then the CFA's composite reliability, AVE and Fornell-Larcker, then HTMT. */
	static void write(List<String> out, AnalysisModel analysis, StataNames names) {
		StataReliability reliability = new StataReliability(out, analysis, names);
		if (reliability.measures.isEmpty()) {
			out.add("// Reliability and validity: the framework has no first-order reflective construct with two or more");
			out.add("// items, so there is no alpha, composite reliability, AVE or HTMT to report.");
			out.add("");
			return;
		}
		reliability.introduction();
		reliability.alpha();
		reliability.measurementModel();
		reliability.htmt();
	}

	private void introduction() {
		out.add("// Reliability and validity of the first-order reflective constructs with two or more items: " + latents() + ".");
		out.add("// Left out: higher-order constructs (their dimensions are assessed instead), formative constructs (their");
		out.add("// items need not correlate) and product terms (products of items, not items of one construct).");
		out.add("// Common guides: alpha and CR at least .70, AVE at least .50, HTMT below .85 (.90 for close constructs).");
		out.add("matrix fw_rel = J(" + measures.size() + ", 3, .)");
		out.add("matrix rownames fw_rel = " + latents());
		out.add("matrix colnames fw_rel = alpha CR AVE");
		out.add("");
	}

	private void alpha() {
		out.add("// Cronbach's alpha. asis: the items as coded, reversed items recoded above (alpha would otherwise reverse");
		out.add("// any item that correlates negatively); casewise: complete cases; item (three or more items): item-test and");
		out.add("// item-rest correlations and alpha without each item.");
		for (int i = 0; i < measures.size(); i++) {
			Measure measure = measures.get(i);
			out.add("display _newline as text \"Cronbach's alpha of " + names.of(measure.latent()) + "\"");
			out.add("alpha " + items(measure) + ", asis casewise" + (measure.indicators().size() > 2 ? " item" : ""));
			out.add("matrix fw_rel[" + (i + 1) + ", 1] = r(alpha)");
		}
		out.add("");
	}

	private void measurementModel() {
		if (!analysis.isMeasurementModelIdentified()) {
			out.add("// No composite reliability or AVE: a CFA of a single construct with two items is not identified.");
			out.add("matrix list fw_rel, format(%6.3f) title(\"Cronbach's alpha\")");
			out.add("");
			return;
		}
		out.add("// Composite reliability and AVE from the standardized loadings l of a CFA of these constructs (one factor");
		out.add("// each, the factors correlated): CR = (sum of l)^2 / ((sum of l)^2 + sum of (1 - l^2)), AVE = mean of l^2.");
		out.add("capture noisily sem ///");
		for (Measure measure : measures) {
			out.add("    (" + names.of(measure.latent()) + " -> " + items(measure) + ") ///");
		}
		out.add("    , standardized");
		out.add("if _rc {");
		out.add("    display as error \"The CFA failed (error \" _rc \"): no composite reliability, AVE or Fornell-Larcker table.\"");
		out.add("}");
		out.add("else {");
		for (int i = 0; i < measures.size(); i++) {
			compositeReliability(i + 1, measures.get(i));
		}
		if (measures.size() >= 2) {
			fornellLarcker();
		}
		out.add("}");
		out.add("matrix list fw_rel, format(%6.3f) title(\"Cronbach's alpha, composite reliability (CR), average variance extracted (AVE)\")");
		out.add("");
	}

	private void compositeReliability(int row, Measure measure) {
		String latent = names.of(measure.latent());
		int k = measure.indicators().size();
		out.add("    // " + latent + ": the sum of its standardized loadings and of their squares");
		out.add("    scalar fw_sum = 0");
		out.add("    scalar fw_sq = 0");
		out.add("    foreach fw_item in " + items(measure) + " {");
		out.add("        quietly estat stdize: nlcom _b[`fw_item':" + latent + "]");
		out.add("        matrix fw_nl = r(b)");
		out.add("        scalar fw_sum = fw_sum + fw_nl[1, 1]");
		out.add("        scalar fw_sq = fw_sq + fw_nl[1, 1]^2");
		out.add("    }");
		out.add("    matrix fw_rel[" + row + ", 2] = fw_sum^2 / (fw_sum^2 + " + k + " - fw_sq)");
		out.add("    matrix fw_rel[" + row + ", 3] = fw_sq / " + k);
	}

	private void fornellLarcker() {
		int k = measures.size();
		out.add("    // Fornell-Larcker: the square root of each construct's AVE (diagonal) should exceed its factor");
		out.add("    // correlations (below). Stata names a covariance by its two variables in its own order: both are tried.");
		out.add("    matrix fw_fl = J(" + k + ", " + k + ", .)");
		out.add("    matrix rownames fw_fl = " + latents());
		out.add("    matrix colnames fw_fl = " + latents());
		out.add("    local fw_latents " + latents());
		out.add("    forvalues i = 1/" + k + " {");
		out.add("        matrix fw_fl[`i', `i'] = sqrt(fw_rel[`i', 3])");
		out.add("    }");
		out.add("    forvalues i = 2/" + k + " {");
		out.add("        forvalues j = 1/`=`i' - 1' {");
		out.add("            local fw_row : word `i' of `fw_latents'");
		out.add("            local fw_col : word `j' of `fw_latents'");
		out.add("            capture quietly estat stdize: nlcom _b[/cov(`fw_row',`fw_col')]");
		out.add("            if _rc capture quietly estat stdize: nlcom _b[/cov(`fw_col',`fw_row')]");
		out.add("            if !_rc {");
		out.add("                matrix fw_nl = r(b)");
		out.add("                matrix fw_fl[`i', `j'] = fw_nl[1, 1]");
		out.add("            }");
		out.add("        }");
		out.add("    }");
		out.add("    matrix list fw_fl, format(%6.3f) title(\"Fornell-Larcker: square root of AVE on the diagonal, factor correlations below\")");
	}

	private void htmt() {
		if (measures.size() < 2) {
			out.add("// No HTMT: it compares constructs, and there is only one.");
			out.add("");
			return;
		}
		List<String> constructOfItem = new ArrayList<>();
		for (int i = 0; i < measures.size(); i++) {
			for (int n = 0; n < measures.get(i).indicators().size(); n++) {
				constructOfItem.add(Integer.toString(i + 1));
			}
		}
		out.add("// HTMT (Henseler, Ringle & Sarstedt 2015) from the item correlations of complete cases: the mean correlation");
		out.add("// between the items of two constructs over the geometric mean of the mean correlations among each one's items.");
		out.add("quietly correlate " + measures.stream().map(this::items).collect(Collectors.joining(" ")));
		out.add("matrix fw_r = r(C)");
		out.addAll(HTMT_FUNCTION.lines().toList());
		out.add("mata: st_matrix(\"fw_htmt\", fw_htmt(st_matrix(\"fw_r\"), (" + String.join(", ", constructOfItem) + ")'))");
		out.add("matrix rownames fw_htmt = " + latents());
		out.add("matrix colnames fw_htmt = " + latents());
		out.add("matrix list fw_htmt, format(%6.3f) title(\"Heterotrait-monotrait ratio (HTMT)\")");
		out.add("");
	}

	private String latents() {
		return measures.stream().map(measure -> names.of(measure.latent())).collect(Collectors.joining(" "));
	}

	private String items(Measure measure) {
		return measure.indicators().stream().map(names::observed).collect(Collectors.joining(" "));
	}
}
