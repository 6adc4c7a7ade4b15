package org.framewright.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic as the validator wrote it. The server sends it as a string array; a client sends
 * it back as JSON, which LSP4J hands over as a {@link JsonElement}.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			values.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				values.add(element.isJsonNull() ? null : element.getAsString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(value -> values.add(value == null ? null : value.toString()));
		}
		return values;
	}
}
