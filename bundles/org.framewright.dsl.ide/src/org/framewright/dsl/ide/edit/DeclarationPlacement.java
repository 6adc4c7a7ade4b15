package org.framewright.dsl.ide.edit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.framewright.model.Framework;

/**
 * Where a new top-level declaration goes: on lines of its own after the last declaration of its kind, in that
 * declaration's indentation and with the file's line separator. A comment at the end of that declaration's last
 * line stays there.
 * <p>
 * A blank line comes before the new declaration when declarations of its kind are separated by blank lines (for
 * a lone one: when it spans several lines, like a construct with items), and when it is the first of its kind.
 */
final class DeclarationPlacement {

	private DeclarationPlacement() {
	}

	/**
	 * @param kind the declarations of the new one's kind
	 * @param before where the first of its kind goes: after the last of these, or when there are none, after the
	 *            framework's header
	 * @param declaration the new declaration, its lines separated by {@code \n} and not indented
	 */
	static TextEdit insert(Framework framework, List<? extends EObject> kind, List<? extends EObject> before, String declaration,
			Document document) {
		String text = document.getContents();
		List<ICompositeNode> same = inTextOrder(kind);
		List<ICompositeNode> others = inTextOrder(before);
		int anchorStart;
		int anchorEnd;
		boolean blankLine;
		if (!same.isEmpty()) {
			INode anchor = same.get(same.size() - 1);
			anchorStart = anchor.getOffset();
			anchorEnd = anchor.getEndOffset();
			blankLine = same.size() > 1 ? blankLineBetween(text, same.get(same.size() - 2).getEndOffset(), anchorStart)
					: text.substring(anchorStart, anchorEnd).contains("\n");
		} else if (!others.isEmpty()) {
			INode anchor = others.get(others.size() - 1);
			anchorStart = anchor.getOffset();
			anchorEnd = anchor.getEndOffset();
			blankLine = true;
		} else {
			anchorStart = NodeModelUtils.getNode(framework).getOffset();
			anchorEnd = headerEnd(framework);
			blankLine = true;
		}
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		String indentation = indentationOfLine(text, anchorStart);
		Position at = document.getPosition(insertionOffset(text, anchorEnd));
		String lines = indentation + declaration.replace("\n", newline + indentation);
		return new TextEdit(new Range(at, at), newline + (blankLine ? newline : "") + lines);
	}

	private static List<ICompositeNode> inTextOrder(List<? extends EObject> elements) {
		return elements.stream().map(NodeModelUtils::getNode).filter(Objects::nonNull).sorted(Comparator.comparingInt(INode::getOffset))
				.toList();
	}

	/** The end of the header's last token: the offset before the first declaration. */
	private static int headerEnd(Framework framework) {
		ICompositeNode node = NodeModelUtils.getNode(framework);
		int firstDeclaration = inTextOrder(framework.eContents()).stream().mapToInt(INode::getOffset).findFirst().orElse(Integer.MAX_VALUE);
		int end = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getOffset() >= firstDeclaration) {
				break;
			}
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	/** The end of the line, unless more than a line comment follows on it: then right after the declaration. */
	private static int insertionOffset(String text, int end) {
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0) {
			lineEnd = text.length();
		} else if (lineEnd > end && text.charAt(lineEnd - 1) == '\r') {
			lineEnd--;
		}
		String rest = text.substring(end, lineEnd).strip();
		return rest.isEmpty() || rest.startsWith("//") ? lineEnd : end;
	}

	/** Whether a blank line lies between two declarations, the first ending and the second starting at the offsets. */
	private static boolean blankLineBetween(String text, int from, int to) {
		String[] lines = text.substring(from, to).split("\n", -1);
		for (int i = 1; i < lines.length - 1; i++) {
			if (lines[i].isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static String indentationOfLine(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}
}
