package org.framewright.model.generation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file a generator produces: its path relative to the output folder, and its bytes.
 */
public record GeneratedFile(String relativePath, byte[] content) {

	public GeneratedFile {
		Objects.requireNonNull(relativePath, "relativePath");
		Objects.requireNonNull(content, "content");
		if (relativePath.isBlank() || relativePath.startsWith("/") || relativePath.contains("..") || relativePath.contains("\\")) {
			throw new IllegalArgumentException("A generated file stays inside its output folder: " + relativePath);
		}
	}

	/** A text file, encoded as UTF-8. */
	public static GeneratedFile text(String relativePath, String text) {
		return new GeneratedFile(relativePath, text.getBytes(StandardCharsets.UTF_8));
	}
}
