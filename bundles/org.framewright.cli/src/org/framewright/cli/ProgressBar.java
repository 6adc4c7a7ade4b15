package org.framewright.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.framewright.stats.bootstrap.ProgressListener;

/**
 * Progress of a long computation on standard error: on a terminal a bar redrawn in place, otherwise (a log, a
 * pipe) a plain line every 10%, so that logs stay short.
 */
final class ProgressBar implements ProgressListener {

	private static final int WIDTH = 30;

	/** A plain line every 10%: ten lines for a whole run, enough to see it move in a log. */
	private static final int LINE_EVERY_PERCENT = 10;

	private final PrintStream err;
	private final String what;
	private final boolean terminal;
	private int lastPercent = -1;

	ProgressBar(PrintStream err, String what, boolean terminal) {
		this.err = err;
		this.what = what;
		this.terminal = terminal;
	}

	/** A bar when standard error is a terminal (as far as Java can tell: a console on both ends). */
	static ProgressBar onStandardError(PrintStream err, String what) {
		return new ProgressBar(err, what, System.console() != null && err == System.err);
	}

	@Override
	public void progress(int done, int total) {
		int percent = total == 0 ? 100 : (int) (100L * done / total);
		if (terminal) {
			if (percent == lastPercent) {
				return;
			}
			int filled = WIDTH * percent / 100;
			err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %d/%d", what, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done,
					total));
			if (done == total) {
				err.println();
			}
			err.flush();
		} else if (percent / LINE_EVERY_PERCENT > lastPercent / LINE_EVERY_PERCENT || lastPercent < 0) {
			err.println(String.format(Locale.ROOT, "%s: %d%% (%d of %d)", what, percent, done, total));
		}
		lastPercent = percent;
	}
}
