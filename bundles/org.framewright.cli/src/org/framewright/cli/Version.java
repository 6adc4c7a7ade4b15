package org.framewright.cli;

/**
 * The product's version, as the build stamped it into the manifest.
 */
final class Version {

	private Version() {
	}

	static String get() {
		String version = Main.class.getPackage().getImplementationVersion();
		return version != null ? version : "0.1.0";
	}
}
