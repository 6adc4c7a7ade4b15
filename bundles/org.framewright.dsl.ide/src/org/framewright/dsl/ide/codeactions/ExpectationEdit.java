package org.framewright.dsl.ide.codeactions;

import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.FramewrightPackage.Literals;

/**
 * Sets the expected effect of a direct effect: replaces the written expectation, or writes one after the effect
 * when the hypothesis left it out.
 */
final class ExpectationEdit {

	private ExpectationEdit() {
	}

	static List<TextEdit> set(DirectEffect direct, Expectation expectation, Document document) {
		List<INode> written = NodeModelUtils.findNodesForFeature(direct, Literals.DIRECT_EFFECT__EXPECTATION);
		if (!written.isEmpty()) {
			return List.of(new TextEdit(range(written.get(0), document), expectation.getLiteral()));
		}
		List<INode> effect = NodeModelUtils.findNodesForFeature(direct, Literals.DIRECT_EFFECT__EFFECT);
		if (effect.isEmpty()) {
			return List.of();
		}
		Range end = range(effect.get(0), document);
		return List.of(new TextEdit(new Range(end.getEnd(), end.getEnd()), " " + expectation.getLiteral()));
	}

	private static Range range(INode node, Document document) {
		return new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
	}
}
