package org.framewright.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;

/** Hover: what the language server says of the element under the mouse, as plain text. */
final class LanguageHover implements ITextHover {

	private final FrameworkEditor editor;

	LanguageHover(FrameworkEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		HoverParams params = new HoverParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())),
				LspPositions.position(viewer.getDocument(), region.getOffset()));
		Hover hover = LanguageSession.await(editor.session().documents().hover(params));
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		var contents = hover.getContents();
		if (contents.isRight()) {
			return MarkdownText.plain(contents.getRight().getValue());
		}
		StringBuilder text = new StringBuilder();
		for (Either<String, MarkedString> part : contents.getLeft()) {
			text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
		}
		return MarkdownText.plain(text.toString().strip());
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return Words.at(viewer.getDocument(), offset).orElse(new Region(offset, 0));
	}
}
