package org.framewright.ui.application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Framewright Studio: the workbench with the .fwk editor, the live diagram, the Problems view and the navigator.
 * Files named on the command line ({@code framewright studio FILE}) are opened, their folders becoming projects.
 */
public final class StudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			// the launcher and test harnesses pass options with values; only existing .fwk files are opened
			Path file = Path.of(argument).toAbsolutePath().normalize();
			if (argument.endsWith(".fwk") && java.nio.file.Files.isRegularFile(file)) {
				files.add(file);
			}
		}
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(files));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
