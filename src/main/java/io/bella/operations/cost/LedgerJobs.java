package io.bella.operations.cost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.bella.operations.cluster.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);

	private final TextCosting texts;

	private final ActualPrices prices;

	private final SchedulerLock lock;

	private final CostProperties properties;

	private final Clock clock;

	LedgerJobs(TextCosting texts, ActualPrices prices, SchedulerLock lock, CostProperties properties, Clock clock) {
		this.texts = texts;
		this.prices = prices;
		this.lock = lock;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bella.operations.cost.jobs.interval:5m}",
			initialDelayString = "${bella.operations.cost.jobs.interval:5m}")
	void onSchedule() {
		try {
			runIfClaimed();
		}
		catch (RuntimeException ex) {
			log.warn("Cost ledger jobs not run: {}", ex.toString());
		}
	}

	/**
	 * Runs the jobs if this instance wins this period's claim.
	 * @return whether it did
	 */
	boolean runIfClaimed() {
		Duration interval = this.properties.jobs().interval();
		if (!this.lock.claim(JOB, interval.minus(interval.dividedBy(10)))) {
			return false;
		}
		Instant now = this.clock.instant();
		this.texts.costNewTexts(now);
		this.prices.fetch(now);
		return true;
	}

}
