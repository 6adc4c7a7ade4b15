package org.framewright.ui.diagram;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;

/** Tool-bar actions of the diagram view, labelled with short text (the platform's icons are not ours to ship). */
final class ViewActions {

	private ViewActions() {
	}

	static IAction action(String tip, String text, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tip);
		return action;
	}

	static IAction toggle(String tip, String text, boolean initially, Consumer<Boolean> changed) {
		Action action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				changed.accept(isChecked());
			}
		};
		action.setChecked(initially);
		action.setToolTipText(tip);
		return action;
	}
}
