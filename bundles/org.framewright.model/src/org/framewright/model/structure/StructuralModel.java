package org.framewright.model.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.DirectEffect;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.Moderation;

/**
 * The structural model a framework's hypotheses describe: every path X -> Y that a hypothesis states or implies,
 * and which constructs are exogenous or endogenous. Validation, the diagram and the generators all read the
 * structure from here, so they cannot disagree about it. Unresolved references are skipped.
 */
public final class StructuralModel {

	private final Framework framework;
	private final Map<List<Construct>, Path> paths = new LinkedHashMap<>();
	private final Set<Construct> inHypotheses = new LinkedHashSet<>();

	private StructuralModel(Framework framework) {
		this.framework = framework;
		for (Hypothesis hypothesis : framework.getHypotheses()) {
			if (hypothesis instanceof DirectEffect direct) {
				addDirectEffect(direct);
			} else if (hypothesis instanceof Mediation mediation) {
				addMediation(mediation);
			} else if (hypothesis instanceof Moderation moderation) {
				addModeration(moderation);
			}
		}
	}

	/** Computes the structural model of a framework. */
	public static StructuralModel of(Framework framework) {
		return new StructuralModel(framework);
	}

	public Framework getFramework() {
		return framework;
	}

	/** Every path, stated or implied, in the order hypotheses first mention them. */
	public List<Path> getPaths() {
		return List.copyOf(paths.values());
	}

	/** The path X -> Y, if some hypothesis states or implies it. */
	public Optional<Path> getPath(Construct cause, Construct effect) {
		return Optional.ofNullable(paths.get(List.of(cause, effect)));
	}

	/** The constructs with a path into them. */
	public Set<Construct> getEndogenous() {
		Set<Construct> result = new LinkedHashSet<>();
		paths.values().forEach(path -> result.add(path.getEffect()));
		return result;
	}

	/** The constructs used by some hypothesis and with no path into them. */
	public Set<Construct> getExogenous() {
		Set<Construct> result = new LinkedHashSet<>(inHypotheses);
		result.removeAll(getEndogenous());
		return result;
	}

	/** The constructs some hypothesis names (as cause, effect, mediator or moderator). */
	public Set<Construct> getConstructsInHypotheses() {
		return Collections.unmodifiableSet(inHypotheses);
	}

	/** The constructs with a path into the given one, in the order the paths were first mentioned. */
	public List<Construct> getPredictors(Construct effect) {
		List<Construct> result = new ArrayList<>();
		for (Path path : paths.values()) {
			if (path.getEffect() == effect) {
				result.add(path.getCause());
			}
		}
		return result;
	}

	/** The outcomes a control is entered on: those it names, or else every endogenous construct. */
	public List<Construct> getControlledOutcomes(Control control) {
		return control.getOutcomes().isEmpty() ? List.copyOf(getEndogenous()) : List.copyOf(control.getOutcomes());
	}

	/** The cause of the path a moderation acts on: X, or for a moderated mediation the start of its stage. */
	public static Construct moderatedCause(Moderation moderation) {
		if (!moderation.isModeratedMediation()) {
			return moderation.getCause();
		}
		List<Construct> chain = moderation.getMediation().getChain();
		int at = stageStart(moderation, chain.size());
		return at < 0 ? null : chain.get(at);
	}

	/** The effect of the path a moderation acts on: Y, or for a moderated mediation the end of its stage. */
	public static Construct moderatedEffect(Moderation moderation) {
		if (!moderation.isModeratedMediation()) {
			return moderation.getEffect();
		}
		List<Construct> chain = moderation.getMediation().getChain();
		int at = stageStart(moderation, chain.size());
		return at < 0 ? null : chain.get(at + 1);
	}

	private static int stageStart(Moderation moderation, int chainLength) {
		if (chainLength < 2) {
			return -1;
		}
		return switch (moderation.getStage()) {
			case FIRST -> 0;
			case SECOND -> chainLength - 2;
		};
	}

	private void addDirectEffect(DirectEffect direct) {
		if (isResolved(direct.getCause()) && isResolved(direct.getEffect())) {
			path(direct.getCause(), direct.getEffect()).addStatement(direct);
		}
		mention(direct.getCause(), direct.getEffect());
	}

	private void addMediation(Mediation mediation) {
		List<Construct> chain = mediation.getChain();
		for (int i = 0; i + 1 < chain.size(); i++) {
			if (isResolved(chain.get(i)) && isResolved(chain.get(i + 1)) && chain.get(i) != chain.get(i + 1)) {
				path(chain.get(i), chain.get(i + 1)).addImplication(mediation);
			}
		}
		mention(chain.toArray(new Construct[0]));
	}

	private void addModeration(Moderation moderation) {
		Construct cause = moderatedCause(moderation);
		Construct effect = moderatedEffect(moderation);
		if (isResolved(cause) && isResolved(effect) && cause != effect) {
			path(cause, effect).addImplication(moderation);
		}
		mention(moderation.getModerator(), cause, effect);
	}

	private Path path(Construct cause, Construct effect) {
		return paths.computeIfAbsent(List.of(cause, effect), key -> new Path(cause, effect));
	}

	private void mention(Construct... constructs) {
		for (Construct construct : constructs) {
			if (isResolved(construct)) {
				inHypotheses.add(construct);
			}
		}
	}

	private static boolean isResolved(Construct construct) {
		return construct != null && !construct.eIsProxy();
	}
}
