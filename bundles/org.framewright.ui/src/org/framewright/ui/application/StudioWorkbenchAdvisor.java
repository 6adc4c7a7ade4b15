package org.framewright.ui.application;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.UiIds;
import org.framewright.ui.language.ProblemMarkers;

/** The Studio's workbench: its perspective, the workspace's resources in the navigator, files from the command line. */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	private final List<Path> files;

	StudioWorkbenchAdvisor(List<Path> files) {
		this.files = List.copyOf(files);
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		IDE.registerAdapters();
		configurer.setSaveAndRestore(false);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return UiIds.PERSPECTIVE;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		ProblemMarkers.follow(FramewrightUi.get().languageSession());
		for (Path file : files) {
			try {
				StudioWorkspace.open(file);
			} catch (CoreException | RuntimeException e) {
				FramewrightUi.log("Could not open " + file, e);
			}
		}
		reportStartup();
	}

	/**
	 * With {@code -Dframewright.startupReport=FILE} (bench/studio-start.sh), writes into FILE the milliseconds from the
	 * JVM's start until the files named on the command line are open and their diagram is drawn.
	 */
	private void reportStartup() {
		String report = System.getProperty(STARTUP_REPORT);
		if (report == null) {
			return;
		}
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		Runnable check = new Runnable() {
			@Override
			public void run() {
				var page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				var view = page == null ? null : page.findView(UiIds.DIAGRAM_VIEW);
				boolean drawn = files.isEmpty() || view instanceof org.framewright.ui.diagram.FrameworkDiagramView diagram && diagram.isUpToDate();
				if (!drawn) {
					display.timerExec(20, this);
					return;
				}
				long millis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
				try {
					java.nio.file.Files.writeString(Path.of(report), millis + "\n");
				} catch (java.io.IOException e) {
					FramewrightUi.log("Could not write the start-up report " + report, e);
				}
			}
		};
		display.asyncExec(check);
	}

	/** The system property naming the file {@link #reportStartup()} writes. */
	static final String STARTUP_REPORT = "framewright.startupReport";

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			FramewrightUi.log("Could not save the workspace", e);
		}
		return true;
	}
}
