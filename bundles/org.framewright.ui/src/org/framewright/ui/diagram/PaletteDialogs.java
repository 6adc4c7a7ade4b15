package org.framewright.ui.diagram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.framewright.model.Construct;
import org.framewright.model.Expectation;
import org.framewright.model.ModerationDirection;

/** The palette's questions as dialogs over the Studio's window. */
final class PaletteDialogs implements PaletteChoices {

	private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";

	private final Shell shell;

	PaletteDialogs(Shell shell) {
		this.shell = shell;
	}

	@Override
	public Optional<HypothesisChoice> hypothesis(Construct cause, Construct effect, List<Construct> possibleMediators) {
		List<String> kinds = new ArrayList<>();
		List<HypothesisChoice> choices = new ArrayList<>();
		for (Expectation sign : List.of(Expectation.POSITIVE, Expectation.NEGATIVE, Expectation.NONDIRECTIONAL, Expectation.USHAPED,
				Expectation.INVERTED_U)) {
			kinds.add("Direct effect, " + sign.getLiteral());
			choices.add(HypothesisChoice.direct(sign));
		}
		for (Construct mediator : possibleMediators) {
			kinds.add("Mediation through " + mediator.getName());
			choices.add(HypothesisChoice.mediatedBy(mediator));
		}
		int chosen = choose("New hypothesis", "Hypothesis from " + cause.getName() + " to " + effect.getName() + ":", kinds);
		return chosen < 0 ? Optional.empty() : Optional.of(choices.get(chosen));
	}

	@Override
	public Optional<ModerationDirection> moderation(Construct moderator, String path) {
		List<ModerationDirection> directions = List.of(ModerationDirection.STRENGTHENS, ModerationDirection.WEAKENS, ModerationDirection.UNSPECIFIED);
		int chosen = choose("New moderation", moderator.getName() + " moderates " + path + ":",
				List.of("strengthens the effect", "weakens the effect", "direction not stated"));
		return chosen < 0 ? Optional.empty() : Optional.of(directions.get(chosen));
	}

	@Override
	public Optional<ConstructChoice> construct(String suggestedName) {
		InputDialog name = new InputDialog(shell, "New construct", "Identifier of the construct:", suggestedName,
				text -> text.matches(IDENTIFIER) ? null : "An identifier starts with a letter and has only letters, digits and '_'.");
		if (name.open() != Window.OK) {
			return Optional.empty();
		}
		InputDialog label = new InputDialog(shell, "New construct", "Label of " + name.getValue() + " (what the construct is called):", "", null);
		return label.open() == Window.OK ? Optional.of(new ConstructChoice(name.getValue(), label.getValue())) : Optional.empty();
	}

	@Override
	public Optional<String> newName(String current) {
		InputDialog dialog = new InputDialog(shell, "Rename", "New name for " + current + ":", current,
				text -> text.matches(IDENTIFIER) ? null : "An identifier starts with a letter and has only letters, digits and '_'.");
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue()) : Optional.empty();
	}

	@Override
	public boolean confirmDelete(String what) {
		return MessageDialog.openQuestion(shell, "Delete", "Delete " + what + "?");
	}

	@Override
	public Optional<Path> exportFile(String suggestedName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export diagram");
		dialog.setFileName(suggestedName);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf", "*.tex" });
		dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG, 300 dpi (*.png)", "PDF (*.pdf)", "TikZ for LaTeX (*.tex)" });
		dialog.setOverwrite(true);
		String file = dialog.open();
		return file == null ? Optional.empty() : Optional.of(Path.of(file));
	}

	private int choose(String title, String message, List<String> options) {
		ChoiceDialog dialog = new ChoiceDialog(shell, title, message, options);
		return dialog.open() == Window.OK ? dialog.chosen : -1;
	}

	private static final class ChoiceDialog extends Dialog {
		private final String title;
		private final String message;
		private final List<String> options;
		private Combo combo;
		private int chosen;

		ChoiceDialog(Shell shell, String title, String message, List<String> options) {
			super(shell);
			this.title = title;
			this.message = message;
			this.options = options;
		}

		@Override
		protected void configureShell(Shell newShell) {
			super.configureShell(newShell);
			newShell.setText(title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(1, false));
			new Label(area, SWT.NONE).setText(message);
			combo = new Combo(area, SWT.READ_ONLY);
			combo.setItems(options.toArray(String[]::new));
			combo.select(0);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return area;
		}

		@Override
		protected void buttonPressed(int buttonId) {
			if (buttonId == IDialogConstants.OK_ID) {
				chosen = combo.getSelectionIndex();
			}
			super.buttonPressed(buttonId);
		}
	}
}
