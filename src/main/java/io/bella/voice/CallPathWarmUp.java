package io.bella.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.bella.extraction.AppointmentExtractor;
import io.bella.extraction.Expectation;
import io.bella.extraction.ExtractionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;

/**
 * Warms the call path up once the application has started, in the background, and only
 * then declares the instance ready for calls: a just-started JVM interprets Bella's code
 * and opens its connections on the first calls, which then run out of their turn budget
 * by the hundred. The rule-based extractor reads a few thousand utterances and synthetic
 * calls run through the dialogue, the database and the call sessions
 * ({@link WarmUpCall}); the language model is never asked and nobody is texted.
 */
class CallPathWarmUp implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CallPathWarmUp.class);

	private static final ZoneId ZONE = ZoneId.of("America/Toronto");

	private static final Instant REFERENCE = Instant.parse("2026-03-09T15:00:00Z");

	// a database or store that fails this often will not start working within the
	// warm-up: readiness reports it
	private static final int MAX_FAILURES = 3;

	private final WarmUpProperties properties;

	private final WarmUpCall call;

	private final AppointmentExtractor rules;

	private final WarmUpGatedAvailability availability;

	private final ApplicationEventPublisher events;

	private final Executor executor;

	private final List<List<String>> calls = scripts();

	private volatile boolean stopped;

	CallPathWarmUp(WarmUpProperties properties, WarmUpCall call, AppointmentExtractor rules,
			WarmUpGatedAvailability availability, ApplicationEventPublisher events, Executor executor) {
		this.properties = properties;
		this.call = call;
		this.rules = rules;
		this.availability = availability;
		this.events = events;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.properties.enabled() && !this.availability.isWarm()) {
			this.executor.execute(this::run);
		}
	}

	/**
	 * Warms up within the configured time, then declares the instance ready, whatever
	 * happened: readiness reports a store that does not answer on its own.
	 */
	void run() {
		long started = System.nanoTime();
		long deadline = started + this.properties.timeout().toNanos();
		int readings = 0;
		int conversations = 0;
		try {
			readings = read(deadline);
			conversations = converse(deadline);
		}
		catch (RuntimeException ex) {
			log.warn("Warm-up stopped early ({})", ex.toString());
		}
		finally {
			this.availability.warmedUp();
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
			log.info("Call path warmed up in {} ms ({} readings, {} synthetic calls): ready for calls",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), readings, conversations);
		}
	}

	@Override
	public void destroy() {
		this.stopped = true;
	}

	private int read(long deadline) {
		List<String> utterances = this.calls.stream().flatMap(List::stream).filter((said) -> !said.isBlank()).toList();
		Expectation[] expectations = Expectation.values();
		int done = 0;
		while (done < this.properties.readings() && going(deadline)) {
			String text = utterances.get(done % utterances.size());
			// each utterance read as an answer to each question, at various times of day
			Expectation expect = (done % (expectations.length + 1) == 0) ? null
					: expectations[done % expectations.length];
			this.rules.extract(new ExtractionRequest(text, REFERENCE.plusSeconds(1800L * (done % 97)), ZONE, expect));
			done++;
		}
		return done;
	}

	private int converse(long deadline) {
		int done = 0;
		int failures = 0;
		while (done < this.properties.conversations() && going(deadline)) {
			try {
				this.call.run(this.calls.get(done % this.calls.size()));
			}
			catch (RuntimeException ex) {
				if (++failures >= MAX_FAILURES) {
					log.warn("Warm-up stopped after {} synthetic calls ({})", done, ex.toString());
					return done;
				}
			}
			done++;
		}
		return done;
	}

	private boolean going(long deadline) {
		return !this.stopped && System.nanoTime() < deadline;
	}

	private static List<List<String>> scripts() {
		try {
			String text = new ClassPathResource("voice/warm-up-calls.txt").getContentAsString(StandardCharsets.UTF_8);
			return text.lines()
				.filter((line) -> !line.startsWith("#"))
				.map((line) -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toList())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
