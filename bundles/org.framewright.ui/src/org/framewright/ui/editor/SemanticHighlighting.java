package org.framewright.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;
import org.framewright.model.Scale;
import org.framewright.model.Theory;
import org.framewright.ui.language.FrameworkSnapshot;

/**
 * Colours names by what they name, which the lexer cannot know: constructs, items, hypotheses, theories and
 * scales, at their declarations (bold) and wherever they are referred to. Computed from the linked model.
 */
final class SemanticHighlighting implements ITextPresentationListener {

	private final ProjectionViewer viewer;

	private List<StyleRange> ranges = List.of();

	SemanticHighlighting(ProjectionViewer viewer) {
		this.viewer = viewer;
		viewer.addTextPresentationListener(this);
	}

	void update(FrameworkSnapshot snapshot) {
		if (snapshot == null || viewer.getDocument() == null || !snapshot.text().equals(viewer.getDocument().get())) {
			return;
		}
		ranges = rangesOf(snapshot);
		viewer.invalidateTextPresentation();
	}

	/** The coloured ranges of a model, in document offsets. */
	static List<StyleRange> rangesOf(FrameworkSnapshot snapshot) {
		List<StyleRange> ranges = new ArrayList<>();
		TreeIterator<EObject> all = snapshot.resource().getAllContents();
		while (all.hasNext()) {
			EObject element = all.next();
			String declared = colourOf(element);
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			if (declared != null && name != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(element, name)) {
					ranges.add(range(node, declared, SWT.BOLD));
				}
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
				List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference, false) : java.util.Collections.singletonList(element.eGet(reference, false));
				for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
					String colour = targets.get(i) instanceof EObject target && !target.eIsProxy() ? colourOf(target) : null;
					if (colour != null) {
						ranges.add(range(nodes.get(i), colour, SWT.NORMAL));
					}
				}
			}
		}
		ranges.sort(java.util.Comparator.comparingInt(r -> r.start));
		return ranges;
	}

	private static String colourOf(EObject element) {
		if (element instanceof Construct || element instanceof Control) {
			return EditorColours.CONSTRUCT;
		}
		if (element instanceof Item) {
			return EditorColours.ITEM;
		}
		if (element instanceof Hypothesis) {
			return EditorColours.HYPOTHESIS;
		}
		if (element instanceof Theory) {
			return EditorColours.THEORY;
		}
		if (element instanceof Scale) {
			return EditorColours.SCALE;
		}
		return null;
	}

	private static StyleRange range(INode node, String colour, int style) {
		return new StyleRange(node.getOffset(), node.getLength(), EditorColours.colour(colour), null, style);
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		List<StyleRange> inside = new ArrayList<>();
		for (StyleRange range : ranges) {
			if (range.start + range.length > extent.getOffset() && range.start < end) {
				inside.add((StyleRange) range.clone());
			}
		}
		if (!inside.isEmpty()) {
			presentation.mergeStyleRanges(inside.toArray(StyleRange[]::new));
		}
	}

	/** The ranges currently coloured, for tests. */
	List<StyleRange> ranges() {
		return ranges;
	}
}
