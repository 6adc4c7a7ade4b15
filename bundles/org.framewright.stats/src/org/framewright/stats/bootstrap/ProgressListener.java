package org.framewright.stats.bootstrap;

/**
 * Told how far a long computation (a bootstrap, a power simulation) has come, and asked whether to stop. Called on
 * the thread that started the computation, a few times a second, never from the workers, so a command line can
 * redraw a progress bar and a Studio job forward to its progress monitor without synchronizing.
 */
public interface ProgressListener {

	/** Listens to nothing and never cancels. */
	ProgressListener NONE = (done, total) -> {
	};

	/** {@code done} of {@code total} units (draws, replications) are finished. */
	void progress(int done, int total);

	/** Whether the computation should stop as soon as it can; checked after every progress report. */
	default boolean cancelled() {
		return false;
	}
}
