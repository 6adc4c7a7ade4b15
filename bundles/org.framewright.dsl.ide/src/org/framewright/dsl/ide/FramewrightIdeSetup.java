package org.framewright.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.framewright.dsl.FramewrightRuntimeModule;
import org.framewright.dsl.FramewrightStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class FramewrightIdeSetup extends FramewrightStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new FramewrightRuntimeModule(), new FramewrightIdeModule()));
	}
	
}
