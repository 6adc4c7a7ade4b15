package org.framewright.dsl.ide.codeactions;

import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.framewright.model.FramewrightPackage.Literals;
import org.framewright.model.Item;

/**
 * Removes an item's own {@code scale X}, so the item uses its construct's scale: from the end of the text before
 * the keyword to the end of the scale's name.
 */
final class ItemScaleRemoval {

	private ItemScaleRemoval() {
	}

	static List<TextEdit> remove(Item item, Document document) {
		ICompositeNode itemNode = NodeModelUtils.getNode(item);
		List<INode> scale = NodeModelUtils.findNodesForFeature(item, Literals.ITEM__SCALE);
		if (itemNode == null || scale.isEmpty()) {
			return List.of();
		}
		int scaleStart = scale.get(0).getOffset();
		int removeFrom = -1;
		int keyword = -1;
		for (ILeafNode leaf : itemNode.getLeafNodes()) {
			if (leaf.getOffset() >= scaleStart) {
				break;
			}
			if (leaf.getGrammarElement() instanceof Keyword k && "scale".equals(k.getValue())) {
				keyword = leaf.getOffset();
			} else if (!leaf.isHidden()) {
				removeFrom = leaf.getEndOffset();
			}
		}
		if (keyword < 0) {
			return List.of();
		}
		int from = removeFrom < 0 ? keyword : removeFrom;
		return List.of(new TextEdit(new Range(document.getPosition(from), document.getPosition(scale.get(0).getEndOffset())), ""));
	}
}
