package org.framewright.dsl.formatting2;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.framewright.model.CategoricalScale;
import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.model.Group;
import org.framewright.model.Hypothesis;
import org.framewright.model.Item;
import org.framewright.model.Scale;
import org.framewright.model.StudyPlan;
import org.framewright.model.SurveySettings;
import org.framewright.model.Theory;

/**
 * The canonical layout of a .fwk file: one declaration per line, at most one blank line between declarations,
 * metadata, items, choices and plan entries indented by one level, single spaces between the words of a line.
 */
public class FramewrightFormatter extends AbstractJavaFormatter {

	private static final List<String> METADATA = List.of("source", "population", "design", "sample", "feedback");

	protected void format(Framework framework, IFormattableDocument doc) {
		singleSpacesWithin(framework, doc);
		for (String keyword : METADATA) {
			for (ISemanticRegion region : regionFor(framework).keywords(keyword)) {
				doc.prepend(region, f -> f.newLine());
			}
		}
		List<EObject> declarations = framework.eContents().stream()
				.sorted(Comparator.comparingInt(e -> textRegionExtensions.regionForEObject(e).getOffset())).toList();
		if (!declarations.isEmpty()) {
			ISemanticRegion lastHeaderToken = textRegionExtensions.regionForEObject(declarations.get(0)).getPreviousSemanticRegion();
			ISemanticRegion firstHeaderToken = regionFor(framework).keyword("framework");
			if (firstHeaderToken != null && lastHeaderToken != null && lastHeaderToken != firstHeaderToken) {
				doc.set(firstHeaderToken.getNextHiddenRegion(), lastHeaderToken.getNextHiddenRegion(), f -> f.indent());
			}
		}
		for (EObject declaration : declarations) {
			doc.prepend(declaration, f -> f.setNewLines(1, 1, 2));
			doc.format(declaration);
		}
		doc.append(framework, f -> f.setNewLines(1));
	}

	protected void format(Theory theory, IFormattableDocument doc) {
		// a single line: spacing set for the whole file
	}

	protected void format(Scale scale, IFormattableDocument doc) {
		if (scale instanceof CategoricalScale categorical) {
			block(scale, doc);
			categorical.getChoices().forEach(choice -> doc.prepend(choice, f -> f.newLine()));
		}
	}

	protected void format(Construct construct, IFormattableDocument doc) {
		block(construct, doc);
		for (Item item : construct.getItems()) {
			doc.prepend(item, f -> f.newLine());
			doc.format(item);
		}
	}

	protected void format(Item item, IFormattableDocument doc) {
		for (EObject translation : item.getTranslations()) {
			doc.prepend(translation, f -> f.newLine());
			doc.surround(translation, f -> f.indent());
		}
	}

	protected void format(Control control, IFormattableDocument doc) {
		regionFor(control).keywords(",").forEach(comma -> doc.prepend(comma, f -> f.noSpace()));
	}

	protected void format(Group group, IFormattableDocument doc) {
		regionFor(group).keywords(",").forEach(comma -> doc.prepend(comma, f -> f.noSpace()));
	}

	protected void format(Hypothesis hypothesis, IFormattableDocument doc) {
		doc.prepend(regionFor(hypothesis).keyword(":"), f -> f.noSpace());
		regionFor(hypothesis).keywords(",").forEach(comma -> doc.prepend(comma, f -> f.noSpace()));
	}

	protected void format(StudyPlan plan, IFormattableDocument doc) {
		block(plan, doc);
		for (String keyword : List.of("sample", "alpha", "tails", "loading")) {
			regionFor(plan).keywords(keyword).forEach(region -> doc.prepend(region, f -> f.newLine()));
		}
		plan.getEffects().forEach(effect -> doc.prepend(effect, f -> f.newLine()));
		plan.getLoadings().forEach(loading -> doc.prepend(loading, f -> f.newLine()));
		plan.getReliabilities().forEach(reliability -> doc.prepend(reliability, f -> f.newLine()));
	}

	protected void format(SurveySettings survey, IFormattableDocument doc) {
		block(survey, doc);
		for (String keyword : List.of("title", "introduction", "consent", "thanks", "sections", "randomize", "attention", "languages")) {
			regionFor(survey).keywords(keyword).forEach(region -> doc.prepend(region, f -> f.newLine()));
		}
		regionFor(survey).keywords(",").forEach(comma -> doc.prepend(comma, f -> f.noSpace()));
	}

	/** Indents the contents of an element's braces and puts the closing brace on a line of its own. */
	private void block(EObject element, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.interior(open, close, f -> f.indent());
		doc.prepend(close, f -> f.newLine());
	}

	/** One space between every two tokens of an element, unless a more specific rule says otherwise. */
	private void singleSpacesWithin(Framework framework, IFormattableDocument doc) {
		IEObjectRegion region = textRegionExtensions.regionForEObject(framework);
		for (ISemanticRegion token : region.getAllSemanticRegions()) {
			if (token.getNextSemanticRegion() != null) {
				doc.append(token, f -> {
					f.oneSpace();
					f.lowPriority();
				});
			}
		}
	}
}
