package org.framewright.ui.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;

/** Ctrl+click on a name goes to its declaration, wherever the language server says it is. */
final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	private final FrameworkEditor editor;

	DefinitionHyperlinkDetector(FrameworkEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		Optional<IRegion> word = Words.at(viewer.getDocument(), region.getOffset());
		if (word.isEmpty()) {
			return null;
		}
		List<Location> targets = definitions(editor, region.getOffset());
		if (targets.isEmpty()) {
			return null;
		}
		Location target = targets.get(0);
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return word.get();
			}

			@Override
			public String getTypeLabel() {
				return "Declaration";
			}

			@Override
			public String getHyperlinkText() {
				return "Open Declaration";
			}

			@Override
			public void open() {
				Navigation.open(target);
			}
		} };
	}

	/** Where the element at the offset is declared (none if the offset is not on a reference). */
	static List<Location> definitions(FrameworkEditor editor, int offset) {
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())),
				LspPositions.position(editor.document(), offset));
		Either<List<? extends Location>, List<? extends LocationLink>> answer = LanguageSession.await(editor.session().documents().definition(params));
		if (answer == null) {
			return List.of();
		}
		if (answer.isLeft()) {
			return List.copyOf(answer.getLeft());
		}
		return answer.getRight().stream().map(link -> new Location(link.getTargetUri(), link.getTargetSelectionRange())).toList();
	}
}
