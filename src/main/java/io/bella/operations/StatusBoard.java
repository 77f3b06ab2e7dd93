package io.bella.operations;

import java.time.Duration;
import java.util.List;

/**
 * Bella at a glance for people: what {@code /api/unified/status} answers, as plain
 * values.
 */
public interface StatusBoard {

	/** Every component now, within the health budget even when the database is down. */
	Snapshot status();

	/**
	 * Bella at a glance.
	 *
	 * @param overall {@code green}, {@code yellow} or {@code red}: the worst component
	 * @param version the running build's version
	 * @param instanceId the instance that answered
	 * @param uptime how long it has run
	 * @param components the database first, then Redis, breakers, budget, alerts, SLOs
	 */
	record Snapshot(String overall, String version, String instanceId, Duration uptime, List<Component> components) {
	}

	/**
	 * One component.
	 *
	 * @param name such as {@code database}, {@code redis}, {@code breaker:llm}
	 * @param status {@code green}, {@code yellow} or {@code red}
	 * @param reason why, in words
	 */
	record Component(String name, String status, String reason) {
	}

}
