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
		IFile resource = overlapsWorkspace(file.getParent()) ? linked(file) : inProject(file);
		resource.refreshLocal(IResource.DEPTH_ZERO, null);
		return IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), resource, UiIds.EDITOR, true);
	}

	private static IFile inProject(Path file) throws CoreException {
		IProject project = projectFor(file.getParent());
		return project.getFile(IPath.fromOSString(project.getLocation().toFile().toPath().relativize(file).toString()));
	}

	/**
	 * A folder that holds the Studio's own workspace (a file in the home folder, say) cannot be a project: its files
	 * are opened as links in the project {@value #LINKED_PROJECT} instead, and the folder is known to the language
	 * server directly.
	 */
	private static IFile linked(Path file) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(LINKED_PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (IResource member : project.members()) {
			if (member instanceof IFile existing && existing.getLocation() != null && existing.getLocation().toFile().toPath().equals(file)) {
				return existing;
			}
		}
		String name = file.getFileName().toString();
		IFile link = project.getFile(name);
		for (int n = 2; link.exists(); n++) {
			link = project.getFile(name.replaceFirst("\\.fwk$", "") + " (" + n + ").fwk");
		}
		link.createLink(IPath.fromOSString(file.toString()), IResource.NONE, null);
		FramewrightUi.get().languageSession().addFolder(file.getParent(), file.getParent().toString());
		return link;
	}

	/** The project holding files opened from folders that cannot be projects. */
	public static final String LINKED_PROJECT = "Linked frameworks";

	private static boolean overlapsWorkspace(Path folder) {
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
		return workspace.startsWith(folder) || folder.startsWith(workspace);
	}

	/** The project located at the folder or at one of its parents; a new one at the folder if there is none. */
	public static IProject projectFor(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		for (IProject project : workspace.getRoot().getProjects()) {
			if (project.getLocation() != null && folder.startsWith(project.getLocation().toFile().toPath())) {
				if (!project.isOpen()) {
					project.open(null);
				}
				FramewrightUi.get().languageSession().addProject(project);
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
