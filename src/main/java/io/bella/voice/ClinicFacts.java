package io.bella.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.dialogue.DialogueEngine;

/**
 * What the phone transport needs to know about the clinic on every turn (speech hints,
 * the transfer number), read at most every few minutes and kept when the database fails,
 * so that a caller can still be transferred while it is down.
 */
@Component
class ClinicFacts {

	private static final Logger log = LoggerFactory.getLogger(ClinicFacts.class);

	private final Clinics clinics;

	private final DialogueEngine dialogue;

	private final VoiceProperties properties;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot("", null, Instant.MIN);

	ClinicFacts(Clinics clinics, DialogueEngine dialogue, VoiceProperties properties, Clock clock) {
		this.clinics = clinics;
		this.dialogue = dialogue;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		current();
	}

	/**
	 * Words the recognizer should expect: the clinic's name, its providers and its
	 * appointment types.
	 */
	String hints() {
		return current().hints();
	}

	/**
	 * Where to send a caller when something fails: the configured number, else the
	 * clinic's transfer number as last read; {@code null} when neither is known.
	 */
	String transferNumber() {
		if (StringUtils.hasText(this.properties.transferNumber())) {
			return this.properties.transferNumber();
		}
		return this.snapshot.transferNumber();
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current.readAt().plus(this.properties.hintsRefresh()).isAfter(now)) {
			return current;
		}
		try {
			Clinic clinic = this.clinics.clinic();
			List<String> hints = this.dialogue.speechHints();
			if (hints.isEmpty()) {
				throw new IllegalStateException("no speech hints");
			}
			current = new Snapshot(String.join(", ", hints), clinic.transferNumber(), now);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the clinic's speech hints; using the last ones ({})", ex.toString());
			current = new Snapshot(current.hints(), current.transferNumber(),
					now.minus(this.properties.hintsRefresh()).plus(Duration.ofSeconds(30)));
		}
		this.snapshot = current;
		return current;
	}

	private record Snapshot(String hints, String transferNumber, Instant readAt) {
	}

}
