package org.framewright.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.framewright.model.FramewrightPackage;

import com.google.inject.Injector;

/**
 * Sets the language up without the Equinox extension registry: registers the hand-written metamodel, which the
 * generated setup leaves to its own bundle, then the language.
 */
public class FramewrightStandaloneSetup extends FramewrightStandaloneSetupGenerated {

	public static void doSetup() {
		new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		EPackage.Registry.INSTANCE.putIfAbsent(FramewrightPackage.eNS_URI, FramewrightPackage.eINSTANCE);
		super.register(injector);
	}
}
