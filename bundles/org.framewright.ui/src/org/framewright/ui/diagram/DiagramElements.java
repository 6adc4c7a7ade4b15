package org.framewright.ui.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.framewright.diagram.scene.Connector;
import org.framewright.diagram.scene.Drawing;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;
import org.framewright.ui.language.FrameworkSnapshot;

/**
 * Ties the diagram's shapes to the model elements and their text: a node or arrow to the declaration it stands
 * for, and an offset of the text to the shapes of the element written there. Node ids are the diagram bundle's
 * ("construct-MO", "item-MO1", "control-SIZE"); an arrow stands for the hypotheses it is labelled with.
 */
final class DiagramElements {

	private DiagramElements() {
	}

	/** The model element a shape stands for: a construct, item or control for a node, a hypothesis for an arrow. */
	static Optional<EObject> element(Framework framework, Drawing drawing, String id) {
		Optional<Connector> connector = drawing.connector(id);
		if (connector.isPresent()) {
			List<String> hypotheses = connector.get().hypotheses();
			return hypotheses.isEmpty() ? Optional.empty() : hypothesis(framework, hypotheses.get(0)).map(EObject.class::cast);
		}
		return drawing.node(id).flatMap(node -> switch (node.kind()) {
			case CONSTRUCT -> framework.getConstructs().stream().filter(c -> node.name().equals(c.getName())).findFirst().map(EObject.class::cast);
			case CONTROL -> framework.getControls().stream().filter(c -> node.name().equals(c.getName())).findFirst().map(EObject.class::cast);
			case ITEM -> framework.getConstructs().stream().flatMap(c -> c.getItems().stream()).filter(i -> node.name().equals(i.getName())).findFirst()
					.map(EObject.class::cast);
			default -> Optional.empty();
		});
	}

	static Optional<Hypothesis> hypothesis(Framework framework, String name) {
		return framework.getHypotheses().stream().filter(h -> name.equals(h.getName())).findFirst();
	}

	/** Where the element's name is written, to select in the editor. */
	static Optional<IRegion> nameRegion(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(element, name);
		if (!nodes.isEmpty()) {
			return Optional.of(new Region(nodes.get(0).getOffset(), nodes.get(0).getLength()));
		}
		INode node = NodeModelUtils.getNode(element);
		return node == null ? Optional.empty() : Optional.of(new Region(node.getOffset(), node.getLength()));
	}

	/** The ids of the shapes that stand for what is written at the offset (several arrows for a mediation). */
	static Set<String> shapesAt(FrameworkSnapshot snapshot, Drawing drawing, int offset) {
		Set<String> ids = new LinkedHashSet<>();
		EObject element = new EObjectAtOffsetHelper().resolveContainedElementAt(snapshot.resource(), offset);
		if (element == null) {
			return ids;
		}
		Item item = EcoreUtil2.getContainerOfType(element, Item.class);
		Hypothesis hypothesis = EcoreUtil2.getContainerOfType(element, Hypothesis.class);
		Control control = EcoreUtil2.getContainerOfType(element, Control.class);
		Construct construct = EcoreUtil2.getContainerOfType(element, Construct.class);
		if (item != null && drawing.node("item-" + item.getName()).isPresent()) {
			ids.add("item-" + item.getName());
		} else if (hypothesis != null) {
			for (Connector connector : drawing.connectors()) {
				if (connector.hypotheses().contains(hypothesis.getName())) {
					ids.add(connector.id());
				}
			}
		} else if (control != null) {
			ids.add("control-" + control.getName());
		} else if (construct != null) {
			ids.add("construct-" + construct.getName());
		}
		return ids;
	}
}
