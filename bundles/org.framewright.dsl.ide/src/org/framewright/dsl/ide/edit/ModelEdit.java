package org.framewright.dsl.ide.edit;

import java.util.List;

import org.eclipse.lsp4j.TextEdit;

/**
 * One change of a framework, as the text edits that make it in its .fwk file.
 *
 * @param description what the change does, in words, for an undo menu ("Add hypothesis H9: EO -> IP positive")
 * @param newName the name of the element the change declares, or {@code null} when it declares none (a deletion)
 * @param edits the edits of the file's text, not overlapping, all with ranges of the text before the change
 */
public record ModelEdit(String description, String newName, List<TextEdit> edits) {

	public ModelEdit {
		edits = List.copyOf(edits);
	}
}
