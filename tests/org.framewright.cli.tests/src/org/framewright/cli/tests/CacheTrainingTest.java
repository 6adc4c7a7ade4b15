package org.framewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.framewright.cli.CacheTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up: the training run behind its AOT cache exercises the commands researchers run, and the
 * distribution's classpath holds no signed jar (the JVM would verify it on every start and keep its classes out of
 * the cache).
 */
class CacheTrainingTest {

	@Test
	void everyTrainingCommandSucceedsOnTheShippedExamples(@TempDir Path output) throws IOException {
		List<List<String>> workload = CacheTraining.workload(Cli.EXAMPLES, output);
		List<String> commands = workload.stream().map(command -> command.get(0)).toList();
		try (DirectoryStream<Path> examples = Files.newDirectoryStream(Cli.EXAMPLES, "*.fwk")) {
			int frameworks = 0;
			for (Path ignored : examples) {
				frameworks++;
			}
			assertEquals(frameworks, commands.stream().filter("validate"::equals).count(), "every example validated");
		}
		assertTrue(commands.containsAll(List.of("build", "analyse", "power")), "the long-running commands are trained: " + commands);
		assertEquals(List.of(), CacheTraining.train(Cli.EXAMPLES, output), "training commands that failed");
		assertTrue(Files.exists(output.resolve("power")), "the power analysis wrote its report");
	}

	@Test
	void theDistributionsJarsAreUnsigned() throws IOException {
		List<String> signed = new ArrayList<>();
		int jars = 0;
		try (DirectoryStream<Path> lib = Files.newDirectoryStream(Cli.DIST_LIB, "*.jar")) {
			for (Path jar : lib) {
				jars++;
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					if (zip.stream().anyMatch(entry -> entry.getName().matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))) {
						signed.add(jar.getFileName().toString());
					}
				}
			}
		}
		assertTrue(jars > 30, "the distribution's classpath was assembled: " + jars + " jars");
		assertEquals(List.of(), signed);
	}
}
