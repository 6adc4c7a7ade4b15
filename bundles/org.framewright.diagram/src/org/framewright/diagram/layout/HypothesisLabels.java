package org.framewright.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.framewright.diagram.DiagramAnnotations;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.Hypothesis;
import org.framewright.model.Mediation;
import org.framewright.model.Moderation;
import org.framewright.model.ModerationDirection;
import org.framewright.model.structure.Path;

/**
 * The labels researchers put on a framework's arrows: the hypothesis and its expected sign, "H1 (+)". A path
 * lists every hypothesis it belongs to: the direct effects stating it with their signs, then the mediations that
 * rest on it ("H2 (+), H4"). A moderator's arrow carries its moderation hypothesis, with (+) when the moderator
 * strengthens the effect and (−) when it weakens it.
 */
public final class HypothesisLabels {

	/** The minus sign (U+2212), which typesets wider and clearer than a hyphen. */
	public static final String MINUS = "\u2212";
	/** The mark of an inverted-U (concave) relationship. */
	public static final String INVERTED_U = "\u2229";
	/** The mark of a U-shaped (convex) relationship. */
	public static final String U_SHAPED = "\u222A";

	private HypothesisLabels() {
	}

	/** The sign mark of an expected effect, or null if it states none. */
	public static String mark(Expectation expectation) {
		return switch (expectation) {
			case POSITIVE -> "+";
			case NEGATIVE -> MINUS;
			case INVERTED_U -> INVERTED_U;
			case USHAPED -> U_SHAPED;
			case NONDIRECTIONAL -> null;
		};
	}

	/** The sign mark of a moderation, or null if it states no direction. */
	public static String mark(ModerationDirection direction) {
		return switch (direction) {
			case STRENGTHENS -> "+";
			case WEAKENS -> MINUS;
			case UNSPECIFIED -> null;
		};
	}

	/** "H1 (+)", or "H1" for a hypothesis without a stated sign. */
	public static String of(Hypothesis hypothesis) {
		String mark = null;
		if (hypothesis instanceof DirectEffect direct) {
			mark = mark(direct.getExpectation());
		} else if (hypothesis instanceof Moderation moderation) {
			mark = mark(moderation.getDirection());
		}
		return mark == null ? hypothesis.getName() : hypothesis.getName() + " (" + mark + ")";
	}

	/** The hypotheses a path's arrow belongs to: those stating it, then the mediations resting on it. */
	public static List<Hypothesis> onPath(Path path) {
		List<Hypothesis> result = new ArrayList<>(path.getStatedBy());
		path.getImpliedBy().stream().filter(Mediation.class::isInstance).forEach(result::add);
		return result;
	}

	/** The label of a path's arrow, e.g. "H2 (+), H4"; empty if only a moderation implies the path. */
	public static String ofPath(Path path) {
		return ofPath(path, DiagramAnnotations.NONE);
	}

	/**
	 * The label of a path's arrow with an analysis's annotations, e.g. "H2 (+) ✓, H4 ✗; β = .19": each hypothesis
	 * with its mark, then the path's note.
	 */
	public static String ofPath(Path path, DiagramAnnotations annotations) {
		String label = String.join(", ", onPath(path).stream().map(hypothesis -> of(hypothesis, annotations)).toList());
		String note = path.getCause() == null || path.getEffect() == null ? null : annotations.pathNote(path.getCause().getName(), path.getEffect().getName());
		return note == null ? label : label.isEmpty() ? note : label + "; " + note;
	}

	/** "H1 (+)" followed by the hypothesis's mark, if the annotations give one. */
	public static String of(Hypothesis hypothesis, DiagramAnnotations annotations) {
		String mark = annotations.mark(hypothesis.getName());
		return mark == null ? of(hypothesis) : of(hypothesis) + " " + mark;
	}
}
