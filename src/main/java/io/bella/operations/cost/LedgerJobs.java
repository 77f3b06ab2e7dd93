package io.bella.operations.cost;

import java.time.Clock;
import java.time.Instant;

import io.bella.system.ClusterJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the ledger's periodic work on one instance at a time (the claim of
 * {@code cost-ledger} in {@code scheduler_lock}): costs the texts sent since the last
 * run, then asks Twilio for the actual prices of calls and texts.
 */
@Component
class LedgerJobs {

	static final String JOB = "cost-ledger";

	private final TextCosting texts;

	private final ActualPrices prices;

	private final ClusterJobs jobs;

	private final CostProperties properties;

	private final Clock clock;

	LedgerJobs(TextCosting texts, ActualPrices prices, ClusterJobs jobs, CostProperties properties, Clock clock) {
		this.texts = texts;
		this.prices = prices;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bella.operations.cost.jobs.interval:5m}",
			initialDelayString = "${bella.operations.cost.jobs.interval:5m}")
	void onSchedule() {
		runIfClaimed();
	}

	/**
	 * Runs the jobs if this instance wins this period's claim.
	 * @return whether it did
	 */
	boolean runIfClaimed() {
		return this.jobs.run(JOB, this.properties.jobs().interval(), () -> {
			Instant now = this.clock.instant();
			this.texts.costNewTexts(now);
			this.prices.fetch(now);
		});
	}

}
