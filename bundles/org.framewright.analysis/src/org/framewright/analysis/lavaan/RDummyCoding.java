package org.framewright.analysis.lavaan;

import java.util.List;
import java.util.stream.Collectors;

import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.DummyCoding;
import org.framewright.analysis.escape.RText;

/**
 * The R lines, shared by the lavaan and seminr scripts, that turn each categorical control into indicator
 * variables: a code the framework does not list stops the script with the column and the codes named; a missing
 * answer stays missing in every indicator.
 */
public final class RDummyCoding {

	private RDummyCoding() {
	}

	public static void append(StringBuilder out, AnalysisModel analysis) {
		if (analysis.dummyCodings().isEmpty()) {
			return;
		}
		out.append("# Categorical controls as indicator variables, each against its first choice (the reference).\n");
		for (DummyCoding coding : analysis.dummyCodings()) {
			String column = "data[[" + RText.literal(coding.control()) + "]]";
			out.append("# ").append(coding.control()).append(": reference ").append(coding.referenceCode()).append(" = ")
					.append(RText.comment(coding.referenceLabel())).append("\n");
			out.append("unknown_codes <- setdiff(unique(").append(column).append("[!is.na(").append(column).append(")]), ")
					.append(numbers(coding.codes())).append(")\n");
			out.append("if (length(unknown_codes) > 0) stop(").append(RText.literal("the column " + coding.control() + " holds codes the framework does not list: "))
					.append(", paste(unknown_codes, collapse = \", \"), call. = FALSE)\n");
			for (DummyCoding.Dummy dummy : coding.dummies()) {
				out.append("# ").append(dummy.name()).append(": ").append(RText.comment(dummy.label())).append("\n");
				out.append("data[[").append(RText.literal(dummy.name())).append("]] <- as.numeric(").append(column).append(" == ").append(dummy.code())
						.append(")\n");
			}
		}
		out.append("\n");
	}

	private static String numbers(List<Integer> codes) {
		return codes.stream().map(String::valueOf).collect(Collectors.joining(", ", "c(", ")"));
	}
}
