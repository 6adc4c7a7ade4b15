package org.framewright.ui.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.framewright.stats.bootstrap.ProgressListener;

/**
 * A long computation of the stats engine (a bootstrap, a power simulation) reporting to a progress monitor: its
 * units done, scaled to the monitor's task of {@code units}, and the monitor's cancel button as its cancellation.
 */
final class MonitorProgress implements ProgressListener {

	private final IProgressMonitor monitor;
	private final int units;
	private int reported;

	MonitorProgress(IProgressMonitor monitor, int units) {
		this.monitor = monitor;
		this.units = units;
	}

	@Override
	public void progress(int done, int total) {
		int now = (int) ((long) units * done / Math.max(1, total));
		monitor.worked(now - reported);
		reported = now;
	}

	@Override
	public boolean cancelled() {
		return monitor.isCanceled();
	}
}
