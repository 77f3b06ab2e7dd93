package io.bella.voice;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where turns run: the threads that run them, and the admission of turns and of calls
 * that keeps them within what the instance can carry.
 *
 * @param executor the turn threads, also used for the bookkeeping of apologies
 * @param admission the room for turns, taken before a turn runs and released when it ends
 * @param calls the calls let in and still under way, counted from their greeting
 */
record TurnThreads(ExecutorService executor, TurnAdmission admission, CallsInProgress calls) {

	private static final Logger log = LoggerFactory.getLogger(TurnThreads.class);

	/**
	 * At shutdown, once the web server has stopped taking requests: takes no new work and
	 * waits up to {@code patience} for the turns still running (a turn can outlive the
	 * request that started it, when the caller already heard the apology) to store their
	 * answers and records. Only those still running after it are interrupted.
	 */
	void drain(Duration patience) {
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("{} turns still running {} after shutdown began; stopping them", this.admission.running(),
						patience);
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.executor.shutdownNow();
		}
	}

}
