package org.framewright.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.framewright.dsl.validation.IssueCodes;

/**
 * Says which kind of element a reference names and that none of that name is declared, under the language's own
 * issue code.
 */
public class UnresolvedReferenceMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass referenceType = context.getReference().getEReferenceType();
		String kind = describe(referenceType);
		String message = "No " + kind + " named '" + context.getLinkText() + "' is declared in this framework.";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE,
				referenceType.getName(), context.getLinkText());
	}

	private static String describe(EClass type) {
		return switch (type.getName()) {
			case "Construct" -> "construct";
			case "Scale", "LikertScale", "NumericScale", "CategoricalScale" -> "scale";
			case "Theory" -> "theory";
			case "Item" -> "item";
			case "Mediation" -> "mediation hypothesis";
			case "Hypothesis" -> "hypothesis";
			default -> type.getName().toLowerCase();
		};
	}
}
