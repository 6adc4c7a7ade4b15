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
	}

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
