package org.framewright.model.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into a folder all or nothing: every file is first written into a staging folder beside
 * the target, and only when all are written are they moved into place. A file that Framewright did not write
 * earlier (it is not listed in the folder's manifest) is never replaced unless the caller allows it.
 */
public final class OutputFolder {

	/** The manifest listing the files Framewright wrote into a folder. */
	public static final String MANIFEST = ".framewright-outputs";

	private final Path folder;

	public OutputFolder(Path folder) {
		this.folder = folder;
	}

	/** The files among those given that exist in the folder and that Framewright did not write. */
	public List<String> foreignFiles(Collection<GeneratedFile> files) throws IOException {
		Set<String> ours = readManifest();
		List<String> foreign = new ArrayList<>();
		for (GeneratedFile file : files) {
			if (Files.exists(folder.resolve(file.relativePath())) && !ours.contains(file.relativePath())) {
				foreign.add(file.relativePath());
			}
		}
		return foreign;
	}

	/** Writes the files; on failure nothing in the folder has changed. */
	public void write(Collection<GeneratedFile> files) throws IOException {
		Files.createDirectories(folder);
		Path staging = Files.createTempDirectory(folder, ".framewright-staging-");
		try {
			for (GeneratedFile file : files) {
				Path target = staging.resolve(file.relativePath());
				Files.createDirectories(target.getParent());
				Files.write(target, file.content());
			}
			Set<String> manifest = readManifest();
			for (GeneratedFile file : files) {
				Path target = folder.resolve(file.relativePath());
				Files.createDirectories(target.getParent());
				move(staging.resolve(file.relativePath()), target);
				manifest.add(file.relativePath());
			}
			Path manifestFile = staging.resolve(MANIFEST);
			Files.write(manifestFile, String.join("\n", manifest).concat("\n").getBytes(StandardCharsets.UTF_8));
			move(manifestFile, folder.resolve(MANIFEST));
		} finally {
			deleteRecursively(staging);
		}
	}

	private Set<String> readManifest() throws IOException {
		Path manifest = folder.resolve(MANIFEST);
		Set<String> names = new LinkedHashSet<>();
		if (Files.isRegularFile(manifest)) {
			for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					names.add(line.strip());
				}
			}
		}
		return names;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
