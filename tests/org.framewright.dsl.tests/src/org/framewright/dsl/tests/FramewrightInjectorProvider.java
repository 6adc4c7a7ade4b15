package org.framewright.dsl.tests;

import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.IInjectorProvider;
import org.eclipse.xtext.testing.IRegistryConfigurator;
import org.framewright.dsl.FramewrightStandaloneSetup;

import com.google.inject.Injector;

/**
 * Gives tests the language's injector, and restores EMF's global registries after each test.
 */
public class FramewrightInjectorProvider implements IInjectorProvider, IRegistryConfigurator {

	private GlobalStateMemento stateBeforeInjectorCreation;
	private GlobalStateMemento stateAfterInjectorCreation;
	private Injector injector;

	static {
		GlobalRegistries.initializeDefaults();
	}

	@Override
	public Injector getInjector() {
		if (injector == null) {
			stateBeforeInjectorCreation = GlobalRegistries.makeCopyOfGlobalState();
			injector = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
			stateAfterInjectorCreation = GlobalRegistries.makeCopyOfGlobalState();
		}
		return injector;
	}

	@Override
	public void restoreRegistry() {
		stateBeforeInjectorCreation.restoreGlobalState();
	}

	@Override
	public void setupRegistry() {
		getInjector();
		stateAfterInjectorCreation.restoreGlobalState();
	}
}
