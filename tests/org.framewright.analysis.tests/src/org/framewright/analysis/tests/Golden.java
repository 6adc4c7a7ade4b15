package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for output no tool here can run: the text is compared byte for byte with {@code golden/<path>}.
 * Run with {@code -Dframewright.updateGolden=true} to rewrite them, then review the difference.
 */
final class Golden {

	private Golden() {
	}

	/** Asserts that the text is the golden file's, or rewrites the file when updating. */
	static void assertMatches(String path, String actual) throws IOException {
		Path file = Path.of("golden", path);
		if (Boolean.getBoolean("framewright.updateGolden")) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			return;
		}
		assertTrue(Files.exists(file), file.toAbsolutePath() + " is missing: run with -Dframewright.updateGolden=true and review it");
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
	}
}
