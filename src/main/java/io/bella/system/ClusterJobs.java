package io.bella.system;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs a periodic job once per interval across all instances: each instance's scheduler
 * asks, the one whose {@link SchedulerLock} claim of the interval succeeds runs the job,
 * the others skip it. The lease is slightly shorter than the interval (a tenth of it, at
 * most five minutes less), so that the instance that ran the job claims it again at its
 * next tick although the tick comes a little early, and no other instance runs it within
 * the lease. Every run is counted in {@code bella.jobs.runs}, tagged with the {@code job}
 * and its {@code outcome}: {@code ran}, {@code skipped} (another instance holds the
 * interval) or {@code failed} (the claim or the job threw).
 */
@Component
public class ClusterJobs {

	/** The counter of runs. */
	public static final String RUNS = "bella.jobs.runs";

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

	private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

	private final SchedulerLock lock;

	private final MeterRegistry registry;

	public ClusterJobs(SchedulerLock lock, MeterRegistry registry) {
		this.lock = lock;
		this.registry = registry;
	}

	/**
	 * Runs a job if this instance claims the current interval. A job that throws is
	 * counted as failed and logged; the next interval tries again.
	 * @param job the job's name, such as {@code reminder-scan}: its row in
	 * {@code scheduler_lock} and its {@code job} tag
	 * @param interval how often the job is scheduled
	 * @param work the job
	 * @return whether this instance ran it, without failing
	 */
	public boolean run(String job, Duration interval, Runnable work) {
		Outcome outcome = Outcome.FAILED;
		try {
			if (!this.lock.claim(job, lease(interval))) {
				outcome = Outcome.SKIPPED;
				return false;
			}
			work.run();
			outcome = Outcome.RAN;
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Job {} failed; the next interval tries again: {}", job, ex.toString());
			return false;
		}
		finally {
			count(job, outcome);
		}
	}

	static Duration lease(Duration interval) {
		Duration margin = interval.dividedBy(10);
		return interval.minus((margin.compareTo(MAX_MARGIN) > 0) ? MAX_MARGIN : margin);
	}

	private void count(String job, Outcome outcome) {
		Counter.builder(RUNS)
			.description("Runs of periodic jobs on this instance, by outcome")
			.tag("job", job)
			.tag("outcome", outcome.tag)
			.register(this.registry)
			.increment();
	}

	private enum Outcome {

		RAN("ran"), SKIPPED("skipped"), FAILED("failed");

		private final String tag;

		Outcome(String tag) {
			this.tag = tag;
		}

	}

}
