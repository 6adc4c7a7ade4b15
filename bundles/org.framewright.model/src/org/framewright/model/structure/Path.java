package org.framewright.model.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Hypothesis;

/**
 * A structural path X -> Y of a framework, with the hypotheses that state it directly and those that imply it
 * (a mediation implies each of its segments; a moderation implies the path it moderates).
 */
public final class Path {

	private final Construct cause;
	private final Construct effect;
	private final List<DirectEffect> statedBy = new ArrayList<>();
	private final List<Hypothesis> impliedBy = new ArrayList<>();

	Path(Construct cause, Construct effect) {
		this.cause = cause;
		this.effect = effect;
	}

	public Construct getCause() {
		return cause;
	}

	public Construct getEffect() {
		return effect;
	}

	/** The direct-effect hypotheses that state this path, in document order. */
	public List<DirectEffect> getStatedBy() {
		return Collections.unmodifiableList(statedBy);
	}

	/** The mediation and moderation hypotheses that rest on this path without stating it. */
	public List<Hypothesis> getImpliedBy() {
		return Collections.unmodifiableList(impliedBy);
	}

	/** Whether some direct-effect hypothesis states this path. */
	public boolean isStated() {
		return !statedBy.isEmpty();
	}

	void addStatement(DirectEffect hypothesis) {
		statedBy.add(hypothesis);
	}

	void addImplication(Hypothesis hypothesis) {
		if (!impliedBy.contains(hypothesis)) {
			impliedBy.add(hypothesis);
		}
	}

	@Override
	public String toString() {
		return cause.getName() + " -> " + effect.getName();
	}
}
