package org.framewright.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;
import org.framewright.model.Scale;
import org.framewright.model.Theory;

/**
 * Hovers in Markdown: a construct shows its title and its items, a hypothesis its notation, kind and statement,
 * an item its wording; on a declaration and on every reference to it alike.
 */
public class FramewrightHover extends HoverService {

	@Override
	public String getContents(EObject element) {
		if (element instanceof Construct construct) {
			return construct(construct);
		}
		if (element instanceof Item item) {
			return item(item);
		}
		if (element instanceof Hypothesis hypothesis) {
			return hypothesis(hypothesis);
		}
		if (element instanceof Scale scale) {
			return heading("scale", scale.getName(), scale.getTitle());
		}
		if (element instanceof Theory theory) {
			return heading("theory", theory.getName(), theory.getTitle())
					+ (theory.getCitation() == null ? "" : "\n\n" + escape(theory.getCitation()));
		}
		if (element instanceof Control control) {
			return heading("control", control.getName(), control.getTitle()) + "\n\n" + control.getKind().getLiteral();
		}
		return super.getContents(element);
	}

	private String construct(Construct construct) {
		StringBuilder text = new StringBuilder(heading("construct", construct.getName(), construct.getTitle()));
		text.append("\n\n").append(construct.getKind().getLiteral());
		if (construct.getScale() != null) {
			text.append(", scale ").append(construct.getScale().getName());
		}
		if (construct.getDefinition() != null) {
			text.append("\n\n").append(escape(construct.getDefinition()));
		}
		if (!construct.getItems().isEmpty()) {
			text.append("\n");
			for (Item item : construct.getItems()) {
				text.append("\n- `").append(item.getName()).append("` ").append(escape(item.getWording()))
						.append(item.isReversed() ? " *(reversed)*" : "");
			}
		}
		if (!construct.getDimensions().isEmpty()) {
			text.append("\n\nDimensions:");
			construct.getDimensions().forEach(d -> text.append(" `").append(d.getName()).append('`'));
		}
		return text.toString();
	}

	private String item(Item item) {
		StringBuilder text = new StringBuilder("**item** `" + item.getName() + "`");
		if (item.eContainer() instanceof Construct construct) {
			text.append(" of ").append(construct.getName());
		}
		text.append("\n\n").append(escape(item.getWording()));
		if (item.isReversed()) {
			text.append("\n\n*reversed*");
		}
		return text.toString();
	}

	private String hypothesis(Hypothesis hypothesis) {
		StringBuilder text = new StringBuilder("**" + hypothesis.getName() + "**: `" + HypothesisNotation.of(hypothesis) + "`");
		text.append("\n\n").append(HypothesisNotation.kind(hypothesis));
		if (hypothesis.getStatement() != null) {
			text.append("\n\n").append(escape(hypothesis.getStatement()));
		}
		return text.toString();
	}

	private static String heading(String keyword, String name, String title) {
		return "**" + keyword + "** `" + name + "`" + (title == null ? "" : " " + escape(title));
	}

	/** Researchers' texts are plain text: Markdown's active characters are shown as they are. */
	private static String escape(String text) {
		return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
	}
}
