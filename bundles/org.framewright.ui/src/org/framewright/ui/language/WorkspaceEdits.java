package org.framewright.ui.language;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Applies a workspace edit from the language server (rename, quick fix): to the document of an open editor
 * (undoable there), or through a file buffer to a file no editor holds, which is saved at once.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/** The edits of each document, whether the server sent them as changes or as document changes. */
	public static Map<String, List<TextEdit>> byDocument(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, list) -> edits.computeIfAbsent(DocumentUris.normal(uri), u -> new ArrayList<>()).addAll(list));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					List<TextEdit> list = edits.computeIfAbsent(DocumentUris.normal(change.getLeft().getTextDocument().getUri()), u -> new ArrayList<>());
					change.getLeft().getEdits().forEach(e -> list.add(e.getLeft()));
				}
			}
		}
		return edits;
	}

	public static void apply(WorkspaceEdit edit) throws CoreException, IOException {
		for (Map.Entry<String, List<TextEdit>> document : byDocument(edit).entrySet()) {
			apply(URI.create(document.getKey()), document.getValue());
		}
	}

	private static void apply(URI uri, List<TextEdit> edits) throws CoreException, IOException {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
		if (files.length == 0) {
			throw new IOException("The file " + uri.getPath() + " is outside the workspace; open its folder in the Studio first.");
		}
		IFile file = files[0];
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		ITextFileBuffer open = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (open != null) {
			DocumentEdits.apply(open.getDocument(), edits);
			return;
		}
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			DocumentEdits.apply(buffer.getDocument(), edits);
			buffer.commit(null, true);
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}
}
