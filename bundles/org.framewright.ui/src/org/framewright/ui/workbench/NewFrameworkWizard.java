package org.framewright.ui.workbench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.framewright.ui.FramewrightUi;
import org.framewright.ui.UiIds;

/** File > New > Framework: a new .fwk file in a project, empty or begun from one of the examples. */
public final class NewFrameworkWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;

	private IStructuredSelection selection;

	private FilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Framework");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new FilePage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, UiIds.EDITOR, true);
		} catch (PartInitException e) {
			FramewrightUi.log("Could not open " + file, e);
		}
		return true;
	}

	private static final class FilePage extends WizardNewFileCreationPage {

		private final List<FrameworkTemplates.Template> templates = FrameworkTemplates.all();

		private Combo template;

		FilePage(IStructuredSelection selection) {
			super("framework", selection);
			setTitle("Framework");
			setDescription("Create a conceptual framework (.fwk): empty, or from one of the examples.");
			setFileExtension("fwk");
			setFileName("framework.fwk");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite row = new Composite(parent, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(row, SWT.NONE).setText("Start from:");
			template = new Combo(row, SWT.READ_ONLY);
			template.setItems(templates.stream().map(FrameworkTemplates.Template::name).toArray(String[]::new));
			template.select(0);
			template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}

		@Override
		protected InputStream getInitialContents() {
			int chosen = template == null ? 0 : Math.max(0, template.getSelectionIndex());
			return new ByteArrayInputStream(templates.get(chosen).text().getBytes(StandardCharsets.UTF_8));
		}
	}
}
