package io.bella.voice;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Keeps a webhook's database work within a budget, so that Twilio is answered quickly
 * even when the database does not answer: a query timeout does not bound the wait for a
 * pooled connection (30 s by default), so the work runs on a bounded pool of threads and
 * the webhook stops waiting when the budget is spent. Work that outlives the budget
 * carries on and either finishes or fails on its own; what it would have stored is
 * recovered by the reconciliation of recordings in the messaging module.
 */
public class WebhookDatabaseBudget implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WebhookDatabaseBudget.class);

	private final ExecutorService executor;

	private final Duration budget;

	/**
	 * @param maxThreads how many webhooks' database work may run at once; beyond that a
	 * webhook does not wait at all, since the database is evidently not answering
	 * @param budget how long a webhook waits
	 */
	WebhookDatabaseBudget(int maxThreads, Duration budget) {
		AtomicInteger count = new AtomicInteger();
		// no queue: work beyond the threads is refused at once rather than waiting behind
		// work that may never finish
		this.executor = new ThreadPoolExecutor(0, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "webhook-db-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.budget = budget;
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * Runs the work and waits for it at most the budget.
	 * @param what what the work does, for the log
	 * @param work the database work
	 * @return whether it finished in time
	 * @throws RuntimeException what the work threw, when it failed within the budget
	 */
	public boolean run(String what, Runnable work) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		AtomicBoolean abandoned = new AtomicBoolean();
		Future<?> future;
		try {
			future = this.executor.submit(() -> {
				if (context != null) {
					MDC.setContextMap(context);
				}
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					// nobody waits for it any more to report it
					if (abandoned.get()) {
						log.warn("Could not {} in the background: {}", what, ex.toString());
					}
					throw ex;
				}
				finally {
					MDC.clear();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.warn("Could not {}: every webhook database thread is busy (the database is not answering?)", what);
			return false;
		}
		try {
			future.get(this.budget.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			abandoned.set(true);
			log.warn("Could not {} within {} ms; Twilio is answered now, the work goes on in the background", what,
					this.budget.toMillis());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
