package org.framewright.ui.analysis;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The last analysis report, shown in an embedded browser. */
public final class AnalysisReportView extends ViewPart {

	public static final String ID = "org.framewright.ui.analysisReport";

	private Composite stack;

	private Browser browser;

	private Label message;

	private Path shown;

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(new FillLayout(SWT.VERTICAL));
		try {
			browser = new Browser(stack, SWT.NONE);
		} catch (org.eclipse.swt.SWTError e) {
			message = new Label(stack, SWT.WRAP);
			message.setText("The report needs an embedded browser (WebKitGTK, Debian package libwebkit2gtk-4.1-0): " + e.getMessage()
					+ "\nOpen the report file in any browser.");
		}
	}

	/** Shows a report file. */
	public void show(Path report) {
		shown = report;
		if (browser != null && !browser.isDisposed()) {
			browser.setUrl(report.toUri().toString());
		} else if (message != null) {
			message.setText(message.getText() + "\nReport: " + report);
		}
	}

	/** The report shown, for tests. */
	public Path shownReport() {
		return shown;
	}

	/** The embedded browser, or null if the platform has none. */
	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}
}
