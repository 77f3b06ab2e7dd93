package io.bella.scaleout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.cumulative.CumulativeCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * One more meter registry in an instance, next to its own: notes each run of a periodic
 * job that instance counts in {@code bella.jobs.runs} with outcome {@code ran}, with
 * where and when (on the shared clock) it ran, in a list the instances share.
 */
final class JobRunLog extends SimpleMeterRegistry {

	static final String RUNS = "bella.jobs.runs";

	private final String instance;

	private final Clock clock;

	private final List<Run> runs;

	JobRunLog(String instance, Clock clock, List<Run> runs) {
		this.instance = instance;
		this.clock = clock;
		this.runs = runs;
	}

	@Override
	protected Counter newCounter(Meter.Id id) {
		if (!RUNS.equals(id.getName()) || !"ran".equals(id.getTag("outcome"))) {
			return super.newCounter(id);
		}
		String job = id.getTag("job");
		return new CumulativeCounter(id) {

			@Override
			public void increment(double amount) {
				super.increment(amount);
				JobRunLog.this.runs.add(new Run(job, JobRunLog.this.instance, JobRunLog.this.clock.instant()));
			}

		};
	}

	/**
	 * One run of a job.
	 *
	 * @param job the job's name (its {@code job} tag)
	 * @param instance the instance that ran it
	 * @param at when it was counted
	 */
	record Run(String job, String instance, Instant at) {
	}

}
