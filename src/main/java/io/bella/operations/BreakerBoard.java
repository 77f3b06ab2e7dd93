package io.bella.operations;

import java.time.Instant;
import java.util.List;

/**
 * The circuit breakers for people: what {@code /api/unified/circuit-breakers} answers, as
 * plain values.
 */
public interface BreakerBoard {

	/** This instance's circuit breakers by name, each with its last transitions. */
	List<Breaker> breakers();

	/**
	 * One circuit breaker on this instance.
	 *
	 * @param name named after the remote system
	 * @param state {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}, …
	 * @param since when it entered that state, or {@code null} when not known
	 * @param failureRate percent of failed calls, {@code null} until enough calls
	 * @param fallback what callers get while it is open, or {@code null}
	 * @param transitions its latest transitions, newest first
	 */
	record Breaker(String name, String state, Instant since, Float failureRate, String fallback,
			List<Transition> transitions) {
	}

	/**
	 * One transition of a breaker.
	 *
	 * @param from the state left
	 * @param to the state entered
	 * @param at when
	 * @param instance on which instance
	 */
	record Transition(String from, String to, Instant at, String instance) {
	}

}
