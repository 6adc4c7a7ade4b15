package org.framewright.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.UiIds;

/**
 * Brings folders of the file system into the Studio's workspace: a folder becomes a project located where it
 * is (nothing is copied), known to the language server, and its .fwk files open in the editor.
 */
public final class StudioWorkspace {

	private StudioWorkspace() {
	}

	/** Opens a .fwk file in the editor, making its folder a project if no project holds it yet. */
	public static IEditorPart open(Path file) throws CoreException {
		if (!Files.isRegularFile(file)) {
			throw new CoreException(Status.error("No such file: " + file));
		}
		IProject project = projectFor(file.getParent());
		IPath relative = IPath.fromOSString(project.getLocation().toFile().toPath().relativize(file).toString());
		IFile resource = project.getFile(relative);
		resource.refreshLocal(IResource.DEPTH_ZERO, null);
		return IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), resource, UiIds.EDITOR, true);
	}

	/** The project located at the folder or at one of its parents; a new one at the folder if there is none. */
	public static IProject projectFor(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		for (IProject project : workspace.getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null && folder.startsWith(project.getLocation().toFile().toPath())) {
				return project;
			}
		}
		IProject project = workspace.getRoot().getProject(freeName(workspace, folder.getFileName() == null ? "framework" : folder.getFileName().toString()));
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		if (!IPath.fromOSString(folder.toString()).equals(workspace.getRoot().getLocation().append(project.getName()))) {
			description.setLocation(IPath.fromOSString(folder.toString()));
		}
		project.create(description, null);
		project.open(null);
		FramewrightUi.get().languageSession().addProject(project);
		return project;
	}

	private static String freeName(IWorkspace workspace, String base) {
		IStatus valid = workspace.validateName(base, IResource.PROJECT);
		String name = valid.isOK() ? base : "framework";
		for (int n = 2; workspace.getRoot().getProject(name).exists(); n++) {
			name = base + " (" + n + ")";
		}
		return name;
	}
}
