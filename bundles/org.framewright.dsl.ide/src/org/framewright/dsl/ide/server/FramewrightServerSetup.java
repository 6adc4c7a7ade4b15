package org.framewright.dsl.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.framewright.dsl.ide.FramewrightIdeSetup;

/**
 * Registers the language with its IDE services once per process. In OSGi, Xtext's ServiceLoader lookup of
 * {@code ISetup} does not cross bundles, so the server registers the language explicitly.
 */
final class FramewrightServerSetup {

	private static boolean registered;

	private FramewrightServerSetup() {
	}

	static synchronized void register() {
		if (!registered && !IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().containsKey("fwk")) {
			new FramewrightIdeSetup().createInjectorAndDoEMFRegistration();
		}
		registered = true;
	}
}
