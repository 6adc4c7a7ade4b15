package org.framewright.dsl.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Leaves out EMF's own "contains an unresolved proxy" diagnostic: the linker has already reported the same
 * reference at the same place, with a message that names what is missing ("No scale named 'Nope' ...").
 */
public class ProxyDiagnosticFilter extends DiagnosticConverterImpl {

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
			return;
		}
		super.convertValidatorDiagnostic(diagnostic, acceptor);
	}
}
