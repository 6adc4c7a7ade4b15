package org.framewright.ui.application;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The Studio's window: title, size, tool bar and status line. */
final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle("Framewright Studio");
	}

	@Override
	public void postWindowOpen() {
		// without a window manager (Xvfb) maximising does nothing: fill the screen explicitly
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
		shell.setBounds(screen.x, screen.y, Math.min(screen.width, 1600), Math.min(screen.height, 1000));
	}
}
