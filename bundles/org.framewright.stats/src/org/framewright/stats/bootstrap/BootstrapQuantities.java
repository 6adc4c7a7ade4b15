package org.framewright.stats.bootstrap;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.Moderation;
import org.framewright.stats.Problem;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.sem.Parameter;
import org.framewright.stats.sem.SemModel;
import org.framewright.stats.sem.WarmStartFit;

/**
 * What a bootstrap of a framework's structural equation model gives intervals for: every free regression path,
 * unstandardized and standardized (std.all), the indirect effect of every mediation hypothesis (the product of
 * the paths along its chain) and the total effect of its first construct on its last (the entry of (I - A)^-1:
 * the direct path plus every indirect route), each evaluated on a refit. The index of moderated mediation needs the
 * latent interaction, which the structural equation model does not estimate; such a hypothesis gets a note instead
 * (the composite path model's bootstrap gives its interval, see {@link ResampledComposite}).
 */
final class BootstrapQuantities {

	private final List<Evaluation<WarmStartFit>> quantities = new ArrayList<>();
	private final List<Problem> notes = new ArrayList<>();

	private BootstrapQuantities() {
	}

	static BootstrapQuantities of(Framework framework, SemModel model) {
		BootstrapQuantities result = new BootstrapQuantities();
		result.paths(model);
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			if (hypothesis instanceof Mediation mediation) {
				result.mediation(model, mediation);
			} else if (hypothesis instanceof Moderation moderation && moderation.isModeratedMediation()) {
				result.notes.add(new Problem(Severity.INFO, StatsIssueCodes.TERM_NOT_ESTIMATED, null, 0, null, "The bootstrap of the"
						+ " structural equation model gives no interval for the index of moderated mediation of " + hypothesis.getName() + ": it"
						+ " needs the latent interaction, which that model does not estimate; its interval and verdict come from the composite"
						+ " path model."));
			}
		}
		return result;
	}

	List<Evaluation<WarmStartFit>> evaluations() {
		return quantities;
	}

	List<Problem> notes() {
		return notes;
	}

	private void paths(SemModel model) {
		List<Parameter> free = model.freeParameters();
		List<Evaluation<WarmStartFit>> standardized = new ArrayList<>();
		for (int k = 0; k < free.size(); k++) {
			Parameter parameter = free.get(k);
			if (parameter.kind() != Parameter.Kind.REGRESSION) {
				continue;
			}
			int index = k;
			int target = parameter.target();
			int source = parameter.source();
			quantities.add(new Evaluation<>(new BootstrapQuantity(parameter.label(), BootstrapQuantity.Kind.PATH), fit -> fit.estimate(index)));
			standardized.add(new Evaluation<>(new BootstrapQuantity(parameter.label() + " (std.all)", BootstrapQuantity.Kind.STANDARDIZED_PATH),
					fit -> fit.estimate(index) * Math.sqrt(fit.impliedCovariance(source, source) / fit.impliedCovariance(target, target))));
		}
		quantities.addAll(standardized);
	}

	private void mediation(SemModel model, Mediation mediation) {
		List<Construct> chain = mediation.getChain();
		if (chain.stream().anyMatch(c -> c == null || c.eIsProxy() || model.indexOf(c.getName()) < 0) || chain.size() < 3) {
			return;
		}
		List<String> names = chain.stream().map(Construct::getName).toList();
		int[] segments = new int[names.size() - 1];
		List<Parameter> free = model.freeParameters();
		for (int i = 0; i + 1 < names.size(); i++) {
			segments[i] = indexOf(free, names.get(i + 1), names.get(i));
			if (segments[i] < 0) {
				return;
			}
		}
		String indirect = BootstrapQuantity.indirectName(names);
		if (quantities.stream().noneMatch(existing -> existing.quantity().name().equals(indirect))) {
			quantities.add(new Evaluation<>(new BootstrapQuantity(indirect, BootstrapQuantity.Kind.INDIRECT), fit -> {
				double product = 1;
				for (int k : segments) {
					product *= fit.estimate(k);
				}
				return product;
			}));
		}
		String first = names.get(0);
		String last = names.get(names.size() - 1);
		String total = BootstrapQuantity.totalName(first, last);
		int cause = model.indexOf(first);
		int effect = model.indexOf(last);
		if (quantities.stream().noneMatch(existing -> existing.quantity().name().equals(total))) {
			quantities.add(new Evaluation<>(new BootstrapQuantity(total, BootstrapQuantity.Kind.TOTAL), fit -> fit.totalEffect(effect, cause)));
		}
	}

	private static int indexOf(List<Parameter> free, String outcome, String predictor) {
		for (int k = 0; k < free.size(); k++) {
			Parameter parameter = free.get(k);
			if (parameter.kind() == Parameter.Kind.REGRESSION && parameter.lhs().equals(outcome) && parameter.rhs().equals(predictor)) {
				return k;
			}
		}
		return -1;
	}
}
