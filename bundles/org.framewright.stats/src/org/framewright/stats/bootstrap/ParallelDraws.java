package org.framewright.stats.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered units of work (draws, jackknife fits) on worker threads, each worker with its own work space, while
 * the calling thread reports progress and passes on cancellation. A unit's result may depend only on its number,
 * never on the worker or the order, so the results are the same for any number of threads.
 */
final class ParallelDraws {

	/** Progress is reported every 100 ms: smooth for a progress bar, negligible work for the caller. */
	private static final long REPORT_EVERY_MILLISECONDS = 100;

	private ParallelDraws() {
	}

	/**
	 * Runs units 0..count-1; each worker thread takes a fresh consumer from {@code workers}. Progress is reported as
	 * {@code offset + done} of {@code total}. False if cancelled (or interrupted) before every unit was done.
	 */
	static boolean run(int count, int threads, Supplier<IntConsumer> workers, ProgressListener listener, int offset, int total) {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "framewright-bootstrap");
			thread.setDaemon(true);
			return thread;
		});
		List<Future<?>> futures = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					IntConsumer worker = workers.get();
					for (int unit = next.getAndIncrement(); unit < count && !stop.get(); unit = next.getAndIncrement()) {
						worker.accept(unit);
						done.incrementAndGet();
					}
				}));
			}
			pool.shutdown();
			while (!pool.awaitTermination(REPORT_EVERY_MILLISECONDS, TimeUnit.MILLISECONDS)) {
				listener.progress(offset + done.get(), total);
				if (listener.cancelled()) {
					stop.set(true);
				}
			}
			for (Future<?> future : futures) {
				future.get();
			}
		} catch (InterruptedException e) {
			stop.set(true);
			Thread.currentThread().interrupt();
			return false;
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		listener.progress(offset + done.get(), total);
		return !stop.get() && done.get() == count;
	}
}
