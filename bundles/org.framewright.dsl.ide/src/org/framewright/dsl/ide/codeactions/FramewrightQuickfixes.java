package org.framewright.dsl.ide.codeactions;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.framewright.dsl.ide.edit.FrameworkEdits;
import org.framewright.dsl.ide.edit.ModelEdit;
import org.framewright.dsl.validation.IssueCodes;
import org.framewright.model.Construct;
import org.framewright.model.DirectEffect;
import org.framewright.model.Expectation;
import org.framewright.model.Framework;
import org.framewright.model.Item;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The quick fixes offered as LSP code actions, one per issue code of {@link IssueCodes}: state a path that a
 * mediation or moderation rests on, give a direct effect its sign, let an item use its construct's scale.
 */
public class FramewrightQuickfixes implements IQuickFixProvider {

	private static final Set<String> FIXED = Set.of(IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED,
			IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED, IssueCodes.NONDIRECTIONAL_HYPOTHESIS, IssueCodes.ITEM_SCALE_DIFFERS);

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && FIXED.contains(diagnostic.getCode().getLeft());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		switch (diagnostic.getCode().getLeft()) {
			case IssueCodes.MEDIATION_PATH_NOT_HYPOTHESISED, IssueCodes.MODERATED_PATH_NOT_HYPOTHESISED -> statePath(options, diagnostic, acceptor);
			case IssueCodes.NONDIRECTIONAL_HYPOTHESIS -> expectSign(options, diagnostic, acceptor);
			case IssueCodes.ITEM_SCALE_DIFFERS -> useConstructScale(acceptor);
			default -> {
				// not fixed here
			}
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	/** Issue data: the cause and the effect of the path no hypothesis states. */
	private void statePath(Options options, Diagnostic diagnostic, DiagnosticResolutionAcceptor acceptor) {
		List<String> path = IssueData.of(diagnostic);
		Framework framework = framework(options.getResource().getContents());
		ModelEdit preview = path.size() < 2 || framework == null ? null : statePath(framework, path.get(0), path.get(1), options.getDocument());
		if (preview == null) {
			return;
		}
		acceptor.accept(preview.description(), (d, object, document) -> {
			ModelEdit edit = statePath(EcoreUtil2.getContainerOfType(object, Framework.class), path.get(0), path.get(1), document);
			return edit == null ? List.of() : edit.edits();
		});
	}

	/** The hypothesis of a positive effect of one construct on another, or null when the framework has not both. */
	private static ModelEdit statePath(Framework framework, String cause, String effect, Document document) {
		Construct from = construct(framework, cause);
		Construct to = construct(framework, effect);
		return from == null || to == null || from == to ? null : FrameworkEdits.addDirectEffect(framework, from, to, Expectation.POSITIVE, document);
	}

	private static Construct construct(Framework framework, String name) {
		return framework == null ? null : framework.getConstructs().stream().filter(c -> name != null && name.equals(c.getName())).findFirst().orElse(null);
	}

	/** Only a direct effect has a sign; a moderation's missing direction is reported under the same code. */
	private void expectSign(Options options, Diagnostic diagnostic, DiagnosticResolutionAcceptor acceptor) {
		if (!(options.getResource() instanceof XtextResource resource)) {
			return;
		}
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		if (EcoreUtil2.getContainerOfType(new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset), DirectEffect.class) == null) {
			return;
		}
		for (Expectation sign : List.of(Expectation.POSITIVE, Expectation.NEGATIVE)) {
			acceptor.accept("Expect a " + sign.getLiteral() + " effect", (d, object, document) -> {
				DirectEffect direct = EcoreUtil2.getContainerOfType(object, DirectEffect.class);
				return direct == null ? List.of() : ExpectationEdit.set(direct, sign, document);
			});
		}
	}

	private void useConstructScale(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Use the construct's scale", (d, object, document) -> {
			Item item = EcoreUtil2.getContainerOfType(object, Item.class);
			return item == null ? List.of() : ItemScaleRemoval.remove(item, document);
		});
	}

	private static Framework framework(List<EObject> contents) {
		return contents.isEmpty() || !(contents.get(0) instanceof Framework framework) ? null : framework;
	}
}
