package org.framewright.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class FramewrightStandaloneSetup extends FramewrightStandaloneSetupGenerated {

	public static void doSetup() {
		new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
