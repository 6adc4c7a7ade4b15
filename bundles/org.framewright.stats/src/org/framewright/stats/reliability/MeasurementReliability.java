package org.framewright.stats.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.Item;
import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.stats.data.SummaryData;

/**
 * Computes a framework's {@link ReliabilityReport} from raw responses or from an item-level correlation or
 * covariance table: the constructs and their items come from the model.
 */
public final class MeasurementReliability {

	private MeasurementReliability() {
	}

	/** From raw responses (reverse-coded as the model says). */
	public static Result<ReliabilityReport> of(ResponseData data, Framework framework, Htmt.Mean mean) {
		Map<String, List<String>> blocks = blocks(framework);
		List<String> items = new ArrayList<>();
		blocks.values().forEach(items::addAll);
		return report(data.moments(items), blocks, mean, new ArrayList<>());
	}

	/** From an item-level table, which must have every item of the framework's constructs. */
	public static Result<ReliabilityReport> of(SummaryData data, Framework framework, Htmt.Mean mean) {
		if (data.level() != SummaryData.Level.ITEM) {
			return Result.failed(Problem.error(StatsIssueCodes.NEEDS_RAW_DATA, "Alpha and HTMT need the items' correlations or"
					+ " covariances; a table of constructs' composite scores does not give them."));
		}
		Map<String, List<String>> blocks = blocks(framework);
		List<Problem> problems = new ArrayList<>();
		blocks.forEach((construct, items) -> items.stream().filter(item -> !data.names().contains(item))
				.forEach(item -> problems.add(new Problem(Severity.ERROR, StatsIssueCodes.MISSING_VARIABLE, data.source(), 0, item,
						"The table has no variable " + item + ", an item of " + construct + "."))));
		if (!problems.isEmpty()) {
			return Result.failed(problems);
		}
		return report(data.moments(), blocks, mean, problems);
	}

	private static Result<ReliabilityReport> report(Moments moments, Map<String, List<String>> blocks, Htmt.Mean mean, List<Problem> problems) {
		List<Alpha> alphas = new ArrayList<>();
		blocks.forEach((construct, items) -> {
			if (items.size() < 2) {
				problems.add(new Problem(Severity.INFO, StatsIssueCodes.TOO_FEW_ITEMS, null, 0, construct, construct + " has one item, so it"
						+ " has no Cronbach's alpha."));
				return;
			}
			Result<Alpha> alpha = CronbachAlpha.of(construct, moments, items);
			// A construct whose alpha cannot be computed must not hide the others': its error becomes a warning here.
			alpha.problems().forEach(p -> problems.add(p.isError() ? new Problem(Severity.WARNING, p.code(), p.file(), p.row(), p.column(),
					p.message()) : p));
			alpha.value().ifPresent(alphas::add);
		});
		Result<HtmtMatrix> htmt = Htmt.of(moments, blocks, mean);
		problems.addAll(htmt.problems());
		return Result.of(new ReliabilityReport(alphas, htmt.value().orElse(null)), problems);
	}

	/** The items of every first-order construct with items, in the framework's order. */
	static Map<String, List<String>> blocks(Framework framework) {
		Map<String, List<String>> blocks = new LinkedHashMap<>();
		for (Construct construct : framework.getConstructs()) {
			List<String> items = construct.getItems().stream().map(Item::getName).filter(name -> name != null).toList();
			if (!items.isEmpty()) {
				blocks.put(construct.getName(), items);
			}
		}
		return blocks;
	}
}
