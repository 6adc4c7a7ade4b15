package org.framewright.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated text compared byte for byte with a file under golden/. Run with -Dframewright.updateGolden=true (or, since
 * Tycho's forked test JVM does not see Maven's -D properties, with FRAMEWRIGHT_UPDATE_GOLDEN=true in the
 * environment) to rewrite the files, then review the difference before committing it.
 */
final class GoldenFiles {

	private GoldenFiles() {
	}

	static void assertMatches(String relativePath, String actual) throws IOException {
		Path file = Path.of("golden", relativePath);
		if (Boolean.getBoolean("framewright.updateGolden") || "true".equals(System.getenv("FRAMEWRIGHT_UPDATE_GOLDEN"))) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			return;
		}
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
	}
}
