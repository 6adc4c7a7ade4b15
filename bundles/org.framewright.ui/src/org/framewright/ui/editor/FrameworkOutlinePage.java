package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.framewright.ui.language.DocumentUris;
import org.framewright.ui.language.LanguageSession;
import org.framewright.ui.language.LspPositions;

/** The outline: the framework's theories, scales, constructs with their items, controls and hypotheses. */
final class FrameworkOutlinePage extends ContentOutlinePage {

	private final FrameworkEditor editor;

	FrameworkOutlinePage(FrameworkEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer tree = getTreeViewer();
		tree.setContentProvider(new SymbolContent());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName() : symbol.getName() + "  " + symbol.getDetail();
			}
		});
		tree.setAutoExpandLevel(2);
		update();
	}

	void update() {
		TreeViewer tree = getTreeViewer();
		if (tree == null || tree.getControl().isDisposed() || editor.file() == null) {
			return;
		}
		List<Either<SymbolInformation, DocumentSymbol>> symbols = LanguageSession.await(editor.session().documents()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(DocumentUris.of(editor.file())))));
		List<DocumentSymbol> roots = symbols == null ? List.of() : symbols.stream().filter(Either::isRight).map(Either::getRight).toList();
		Object[] expanded = tree.getExpandedElements();
		tree.setInput(roots);
		if (expanded.length > 0) {
			tree.expandToLevel(2);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof DocumentSymbol symbol) {
			IRegion region = LspPositions.region(editor.document(), symbol.getSelectionRange());
			editor.selectAndReveal(region.getOffset(), region.getLength());
		}
	}

	private static final class SymbolContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
