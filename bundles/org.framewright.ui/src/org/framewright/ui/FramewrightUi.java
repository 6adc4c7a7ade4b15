package org.framewright.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.framewright.ui.language.LanguageSession;
import org.osgi.framework.BundleContext;

/**
 * The Studio's plug-in: owns the one language session (the Framewright language server, in process) that every
 * editor and view of the workbench talks to.
 */
public final class FramewrightUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.framewright.ui";

	private static FramewrightUi instance;

	private LanguageSession languageSession;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (languageSession != null) {
				languageSession.shutdown();
				languageSession = null;
			}
		}
		instance = null;
		super.stop(context);
	}

	public static FramewrightUi get() {
		return instance;
	}

	/** The language server of this workbench, started on first use over the workspace's projects. */
	public synchronized LanguageSession languageSession() {
		if (languageSession == null) {
			languageSession = LanguageSession.start();
		}
		return languageSession;
	}

	public static void log(String message, Throwable error) {
		if (instance != null) {
			instance.getLog().log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
		}
	}
}
