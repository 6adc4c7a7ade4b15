import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC) from every jar of the command line's classpath,
 * run by the build (a single-file Java program, JEP 330) after the jars are copied to target/lib.
 * <p>
 * Eclipse's jars (Xtext, EMF, ELK, LSP4J) come signed. A plain classpath gains nothing from their signatures, but pays
 * for them twice on every start: the JVM verifies each signed jar's digests as its classes load, and it leaves
 * classes from signed jars out of the class-data and AOT caches, so about 1,500 classes are loaded and linked from
 * scratch every time. Without the signature files the per-entry digests left in the manifests are inert.
 */
public final class StripJarSignatures {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: StripJarSignatures <folder of jars>");
		}
		int stripped = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (isSigned(jar)) {
					strip(jar);
					stripped++;
				}
			}
		}
		System.out.println("Removed the signatures of " + stripped + " jars in " + args[0]);
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches());
		}
	}

	/** Copies every entry but the signature files into a new jar beside the old one, then replaces the old one. */
	private static void strip(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(unsigned);
				ZipOutputStream out = new ZipOutputStream(file)) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
	}
}
