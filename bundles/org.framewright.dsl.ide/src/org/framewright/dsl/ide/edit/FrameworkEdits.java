package org.framewright.dsl.ide.edit;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Expectation;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.ModerationDirection;

/**
 * Changes of a framework written into its .fwk text, for the diagram's palette and the quick fixes: each returns
 * the LSP text edits that make it, touching nothing else of the file (comments and layout stay as written).
 * <p>
 * Every operation takes the framework as parsed from the document's current text (it refuses a document whose
 * text is not that text) and returns edits with ranges of that text. Additions throw an
 * {@link IllegalArgumentException} that says why when a construct's name is taken or not an ID, or when the
 * constructs of a hypothesis are not different constructs of the framework; what the validator judges (a cycle,
 * a duplicate hypothesis) it reports on the new text as on any other.
 */
public final class FrameworkEdits {

	private FrameworkEdits() {
	}

	/** A name for a new construct: {@code base} followed by the smallest number that names nothing yet ({@code C1} without a base). */
	public static String freeConstructName(Framework framework, String base) {
		return VariableNames.free(framework, base);
	}

	/** The name the next added hypothesis gets: {@code H<n>}, n one more than the highest number used. */
	public static String nextHypothesisName(Framework framework) {
		return HypothesisInsertion.nextName(framework);
	}

	/**
	 * Declares a reflective construct with an empty block of items after the last construct.
	 *
	 * @param name an ID that no construct, control or item uses and that is not a keyword
	 * @param label its title; none is written when null or blank
	 */
	public static ModelEdit addConstruct(Framework framework, String name, String label, Document document) {
		requireParsedFrom(framework, document);
		return ConstructInsertion.add(framework, name, label, document);
	}

	/** Declares {@code hypothesis Hn: CAUSE -> EFFECT sign} after the last hypothesis; a null sign is left out. */
	public static ModelEdit addDirectEffect(Framework framework, Construct cause, Construct effect, Expectation sign, Document document) {
		requireParsedFrom(framework, document);
		requireDistinct(framework, "The cause and the effect of a direct effect", cause, effect);
		return HypothesisInsertion.add(framework, path(cause, effect) + (sign == null ? "" : " " + sign.getLiteral()), document);
	}

	/** Declares {@code hypothesis Hn: CAUSE -> MEDIATOR -> EFFECT mediation} after the last hypothesis. */
	public static ModelEdit addMediation(Framework framework, Construct cause, Construct mediator, Construct effect, Document document) {
		requireParsedFrom(framework, document);
		requireDistinct(framework, "The cause, mediator and effect of a mediation", cause, mediator, effect);
		return HypothesisInsertion.add(framework, path(cause, mediator, effect) + " mediation", document);
	}

	/**
	 * Declares {@code hypothesis Hn: MODERATOR moderates CAUSE -> EFFECT direction} after the last hypothesis; a
	 * null or unspecified direction is left out.
	 */
	public static ModelEdit addModeration(Framework framework, Construct moderator, Construct cause, Construct effect,
			ModerationDirection direction, Document document) {
		requireParsedFrom(framework, document);
		requireDistinct(framework, "The moderator, cause and effect of a moderation", moderator, cause, effect);
		boolean stated = direction != null && direction != ModerationDirection.UNSPECIFIED;
		return HypothesisInsertion.add(framework, moderator.getName() + " moderates " + path(cause, effect)
				+ (stated ? " " + direction.getLiteral() : ""), document);
	}

	/**
	 * Deletes a hypothesis, a construct or a control: its whole declaration (a hypothesis's statement lines too) and
	 * the line breaks around it, so no empty line is left. So that every reference left still resolves, it also
	 * deletes what refers to a deleted element:
	 * <ul>
	 * <li>for a construct, every hypothesis in which it appears (as cause, effect, mediator or moderator), its
	 * expected reliability and its items' expected loadings in the study plan; it is taken out of the dimensions of other constructs, the
	 * groups' members and the controls' outcomes (a control whose only outcome it was then controls every
	 * endogenous construct, the language's default);</li>
	 * <li>for a hypothesis (also one deleted with a construct), its expected effect in the study plan and every
	 * moderation of a stage of it, if it is a mediation.</li>
	 * </ul>
	 * Comments are kept, except those within the deleted declarations.
	 */
	public static ModelEdit delete(EObject element, Document document) {
		if (!(element instanceof Hypothesis || element instanceof Construct || element instanceof Control)) {
			throw new IllegalArgumentException("Only hypotheses, constructs and controls can be deleted, not "
					+ (element == null ? "null" : element.eClass().getName()) + ".");
		}
		requireParsedFrom(EcoreUtil2.getContainerOfType(element, Framework.class), document);
		DeletionCascade cascade = DeletionCascade.of(element);
		TextRemoval removal = new TextRemoval(document.getContents());
		for (EObject removed : cascade.removed()) {
			ICompositeNode node = NodeModelUtils.getNode(removed);
			removal.remove(node.getOffset(), node.getEndOffset());
		}
		cascade.trimmed().forEach(list -> ListReferenceRemoval.remove(list.owner(), list.list(), cascade::isRemoved, removal));
		return new ModelEdit(deletionDescription(element, cascade.dependentHypotheses()), null, removal.edits(document));
	}

	/** "Delete construct IP and hypotheses H1, H3, H4". */
	private static String deletionDescription(EObject element, List<Hypothesis> dependents) {
		String deleted = switch (element) {
			case Hypothesis hypothesis -> "hypothesis " + hypothesis.getName();
			case Construct construct -> "construct " + construct.getName();
			case Control control -> "control " + control.getName();
			default -> throw new IllegalStateException("Not deletable: " + element);
		};
		if (dependents.isEmpty()) {
			return "Delete " + deleted;
		}
		String names = dependents.stream().map(Hypothesis::getName).collect(Collectors.joining(", "));
		return "Delete " + deleted + " and " + (dependents.size() == 1 ? "hypothesis " : "hypotheses ") + names;
	}

	private static String path(Construct... constructs) {
		return List.of(constructs).stream().map(Construct::getName).collect(Collectors.joining(" -> "));
	}

	private static void requireDistinct(Framework framework, String roles, Construct... constructs) {
		for (int i = 0; i < constructs.length; i++) {
			Construct construct = constructs[i];
			if (construct == null || construct.getName() == null || construct.eContainer() != framework) {
				throw new IllegalArgumentException(roles + " must be named constructs of framework " + framework.getName() + ".");
			}
			for (int j = 0; j < i; j++) {
				if (constructs[j] == construct) {
					throw new IllegalArgumentException(roles + " must be different constructs; " + construct.getName() + " is given twice.");
				}
			}
		}
	}

	private static void requireParsedFrom(Framework framework, Document document) {
		ICompositeNode node = framework == null ? null : NodeModelUtils.getNode(framework);
		if (node == null) {
			throw new IllegalArgumentException("The framework was not parsed from a .fwk text.");
		}
		if (!node.getRootNode().getText().equals(document.getContents())) {
			throw new IllegalArgumentException("The document's text is not the text the framework was parsed from; parse it again before editing.");
		}
	}
}
