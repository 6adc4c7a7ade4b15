package org.framewright.ui.tests;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;

/** A progress monitor that remembers its task and the work reported to it, and a context that runs in it at once. */
final class RecordingMonitor extends NullProgressMonitor {

	String task;
	int total;
	int worked;

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
	}

	@Override
	public void worked(int work) {
		worked += work;
	}

	/** A runnable context that runs in this monitor on the calling thread, as the tests need it. */
	IRunnableContext context() {
		return (fork, cancelable, runnable) -> runnable.run(this);
	}
}
