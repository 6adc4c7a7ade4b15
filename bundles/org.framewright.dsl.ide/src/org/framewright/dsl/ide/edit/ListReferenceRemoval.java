package org.framewright.dsl.ide.edit;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Removes references from a list that stays, such as a construct's {@code dimensions INN, PRO, RISK}, a control's
 * {@code for IP, AL} or a group's members: each with the separator before it (after it, for the first). When none
 * is left, a list introduced by a keyword goes with its keyword ({@code dimensions}, {@code for}); a group is left
 * with empty braces.
 */
final class ListReferenceRemoval {

	private ListReferenceRemoval() {
	}

	static void remove(EObject owner, EReference list, Predicate<EObject> removed, TextRemoval removal) {
		List<?> values = (List<?>) owner.eGet(list);
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, list);
		if (nodes.size() != values.size()) {
			throw new IllegalStateException("The text of " + list.getName() + " does not match the model; parse it again.");
		}
		int firstKept = 0;
		while (firstKept < values.size() && removed.test((EObject) values.get(firstKept))) {
			firstKept++;
		}
		if (firstKept == values.size()) {
			ILeafNode keyword = tokenBefore(owner, nodes.get(0).getOffset());
			boolean introduced = keyword != null && keyword.getGrammarElement() instanceof Keyword k && Character.isLetter(k.getValue().charAt(0));
			removal.remove(introduced ? keyword.getOffset() : nodes.get(0).getOffset(), nodes.get(nodes.size() - 1).getEndOffset());
			return;
		}
		if (firstKept > 0) {
			removal.removeExactly(nodes.get(0).getOffset(), nodes.get(firstKept).getOffset());
		}
		for (int i = firstKept + 1; i < values.size(); i++) {
			if (removed.test((EObject) values.get(i))) {
				removal.removeExactly(nodes.get(i - 1).getEndOffset(), nodes.get(i).getEndOffset());
			}
		}
	}

	/** The last token of the owner's text before an offset. */
	private static ILeafNode tokenBefore(EObject owner, int offset) {
		ILeafNode before = null;
		for (ILeafNode leaf : NodeModelUtils.getNode(owner).getLeafNodes()) {
			if (leaf.getOffset() >= offset) {
				break;
			}
			if (!leaf.isHidden()) {
				before = leaf;
			}
		}
		return before;
	}
}
