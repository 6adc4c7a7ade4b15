package org.framewright.analysis.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.MediationStage;
import org.framewright.model.Moderation;
import org.framewright.model.structure.ExpectedSign;
import org.framewright.model.structure.HypothesisSigns;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * The effects an analysis defines from labelled coefficients (indirect effects, total effects, indices of moderated
 * mediation) and the parameter that tests each hypothesis, with its expected sign. A mediation is tested by its
 * indirect effect, never by a single coefficient.
 */
final class EffectDesigner {

	private final StructuralModel structure;
	private final HypothesisSigns signs;
	private final StructureDesigner coefficients;
	private final UniqueNames names;
	private final Map<String, DefinedParameter> defined = new LinkedHashMap<>();
	private final List<HypothesisTest> tests = new ArrayList<>();
	private final Set<List<Construct>> totals = new HashSet<>();

	EffectDesigner(StructuralModel structure, StructureDesigner coefficients, UniqueNames names) {
		this.structure = structure;
		this.signs = new HypothesisSigns(structure);
		this.coefficients = coefficients;
		this.names = names;
		for (Hypothesis hypothesis : structure.getFramework().getHypotheses()) {
			if (hypothesis instanceof DirectEffect direct) {
				addDirectEffect(direct);
			} else if (hypothesis instanceof Mediation mediation) {
				addMediation(mediation);
			} else if (hypothesis instanceof Moderation moderation) {
				addModeration(moderation);
			}
		}
	}

	List<DefinedParameter> definedParameters() {
		return List.copyOf(defined.values());
	}

	List<HypothesisTest> tests() {
		return List.copyOf(tests);
	}

	private void addDirectEffect(DirectEffect direct) {
		if (direct.isCurvilinear()) {
			String quadratic = coefficients.testedCoefficient(direct);
			if (quadratic != null) {
				test(direct, quadratic, signs.of(direct));
			}
		} else if (resolved(direct.getCause(), direct.getEffect())) {
			test(direct, coefficients.label(direct.getCause().getName(), direct.getEffect().getName()), signs.of(direct));
		}
	}

	private void addMediation(Mediation mediation) {
		List<String> segments = segmentLabels(mediation.getChain(), -1);
		if (segments == null) {
			return;
		}
		String indirect = defineProducts("ind_" + mediation.getName(), "indirect effect of " + mediation.getName(), List.of(segments));
		test(mediation, indirect, signs.of(mediation));
		Construct cause = mediation.getChain().get(0);
		Construct effect = mediation.getChain().get(mediation.getChain().size() - 1);
		addTotalEffect(cause, effect);
	}

	private void addModeration(Moderation moderation) {
		String interaction = coefficients.testedCoefficient(moderation);
		if (interaction == null) {
			return;
		}
		Construct cause = StructuralModel.moderatedCause(moderation);
		Construct effect = StructuralModel.moderatedEffect(moderation);
		String path = coefficients.label(cause.getName(), effect.getName());
		String variance = coefficients.varianceLabel(moderation.getModerator());
		if (!moderation.isModeratedMediation()) {
			test(moderation, interaction, signs.of(moderation));
			if (path != null && variance != null) {
				defineAtModeratorLevels("slope_" + moderation.getName(), "effect of " + cause.getName() + " on " + effect.getName(),
						moderation.getModerator(), path, interaction, variance, List.of());
			}
			return;
		}
		List<Construct> chain = moderation.getMediation().getChain();
		int stage = moderation.getStage() == MediationStage.FIRST ? 0 : chain.size() - 2;
		List<String> otherSegments = segmentLabels(chain, stage);
		if (otherSegments == null) {
			return;
		}
		List<String> factors = new ArrayList<>(otherSegments);
		factors.add(0, interaction);
		String index = defineProducts("imm_" + moderation.getName(), "index of moderated mediation of " + moderation.getName(), List.of(factors));
		test(moderation, index, signs.of(moderation));
		if (path != null && variance != null) {
			defineAtModeratorLevels("cind_" + moderation.getName(), "indirect effect of " + moderation.getMediation().getName(),
					moderation.getModerator(), path, interaction, variance, otherSegments);
		}
	}

	/**
	 * An effect at the moderator's mean and one standard deviation either side (the pick-a-point levels of Aiken
	 * and West 1991 and of PROCESS's moments option): (path + level * sd(W) * interaction) times the other segments
	 * of the route. The latent moderator has mean zero, its product indicators being mean-centred.
	 */
	private void defineAtModeratorLevels(String wanted, String effect, Construct moderator, String path, String interaction, String variance,
			List<String> otherSegments) {
		String w = moderator.getName();
		List<String> pathProduct = new ArrayList<>(List.of(path));
		pathProduct.addAll(otherSegments);
		List<String> interactionProduct = new ArrayList<>(List.of(interaction));
		interactionProduct.addAll(otherSegments);
		define(wanted + "_low", effect + " at " + w + " one SD below its mean",
				List.of(DefinedParameter.Term.product(pathProduct), new DefinedParameter.Term(-1, interactionProduct, variance)));
		define(wanted + "_mean", effect + " at the mean of " + w, List.of(DefinedParameter.Term.product(pathProduct)));
		define(wanted + "_high", effect + " at " + w + " one SD above its mean",
				List.of(DefinedParameter.Term.product(pathProduct), new DefinedParameter.Term(1, interactionProduct, variance)));
	}

	/** The total effect of a cause on an effect: the sum, over every directed route between them, of its product. */
	private void addTotalEffect(Construct cause, Construct effect) {
		if (!totals.add(List.of(cause, effect))) {
			return;
		}
		List<List<String>> routes = new ArrayList<>();
		collectRoutes(cause, effect, new ArrayList<>(), new ArrayList<>(List.of(cause)), routes);
		if (!routes.isEmpty()) {
			defineProducts("total_" + cause.getName() + "_" + effect.getName(), "total effect of " + cause.getName() + " on " + effect.getName(), routes);
		}
	}

	private void collectRoutes(Construct from, Construct to, List<String> route, List<Construct> visited, List<List<String>> routes) {
		for (Path path : structure.getPaths()) {
			if (path.getCause() == from && !visited.contains(path.getEffect())) {
				List<String> longer = new ArrayList<>(route);
				longer.add(coefficients.label(from.getName(), path.getEffect().getName()));
				if (path.getEffect() == to) {
					routes.add(longer);
				} else {
					visited.add(path.getEffect());
					collectRoutes(path.getEffect(), to, longer, visited, routes);
					visited.remove(visited.size() - 1);
				}
			}
		}
	}

	/** The labels of the segments of a chain, leaving out the segment at {@code skip}; null if one is unresolved. */
	private List<String> segmentLabels(List<Construct> chain, int skip) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i + 1 < chain.size(); i++) {
			if (i == skip) {
				continue;
			}
			if (!resolved(chain.get(i), chain.get(i + 1))) {
				return null;
			}
			String label = coefficients.label(chain.get(i).getName(), chain.get(i + 1).getName());
			if (label == null) {
				return null;
			}
			labels.add(label);
		}
		return chain.size() < 2 ? null : labels;
	}

	private String defineProducts(String wanted, String description, List<List<String>> products) {
		return define(wanted, description, products.stream().map(DefinedParameter.Term::product).toList());
	}

	private String define(String wanted, String description, List<DefinedParameter.Term> terms) {
		String name = names.claim(wanted);
		defined.put(name, new DefinedParameter(name, description, terms));
		return name;
	}

	private void test(Hypothesis hypothesis, String parameter, ExpectedSign sign) {
		if (parameter != null) {
			tests.add(new HypothesisTest(hypothesis.getName(), hypothesis.getStatement(), parameter, sign));
		}
	}

	private static boolean resolved(Construct... constructs) {
		for (Construct construct : constructs) {
			if (construct == null || construct.eIsProxy()) {
				return false;
			}
		}
		return true;
	}
}
